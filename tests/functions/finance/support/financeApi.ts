import type { DomainNumber } from "../../../../shared/catalogue/functionalDomains";
import type { SetId } from "../../../../shared/catalogue/serviceSets";
import type { Submission } from "../../../../shared/inventory/submissionSchema";
import type { QuotePartReport } from "../../../../shared/quoteParts/report/QuotePartReport";
import { aCompleteSubmission } from "../../../shared/checks/support/aCompleteSubmission";
import type { TestApi } from "../../../support/startTestApi";

/** The tokens of the three roles (a commune token for `insee`). */
export async function tokensFor(api: TestApi, insee = "21231") {
  return { commune: await api.token({ role: "commune", commune: insee }), staff: await api.token({ role: "staff" }), finance: await api.token({ role: "finance" }) };
}

/** A JSON request. */
export const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json", ...headers },
});

/** A complete submission of a commune, with its sets and number of fibre blocks (14 postes each). */
export function submissionOf(insee: string, name: string, sets: readonly SetId[], domains: readonly DomainNumber[] = [], fibreBlocks = 1): Submission {
  return { ...aCompleteSubmission({ sets, domains, blocks: { fibre: fibreBlocks } }), commune: { insee, name } };
}

/** Submits with the commune's token, then validates with a staff token and If-Match, effective from `effectiveFrom`. */
export async function submitAndValidate(api: TestApi, submission: Submission, effectiveFrom: string): Promise<void> {
  const { insee } = submission.commune;
  const commune = await api.token({ role: "commune", commune: insee });
  const staff = await api.token({ role: "staff" });
  const submitted = await api.call(`communes/${insee}/submissions`, { ...json("POST", submission), token: commune });
  if (submitted.status !== 201) throw new Error(`submission of ${insee}: ${submitted.status} ${await submitted.text()}`);
  const path = submitted.headers.get("location")!.replace("/api/", "");
  const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
  const decided = await api.call(`${path}/decision`, { ...json("POST", { decision: "validate", effectiveFrom }, { "If-Match": etag }), token: staff });
  if (decided.status !== 200) throw new Error(`validation of ${insee}: ${decided.status} ${await decided.text()}`);
}

/** Replaces a year's cost items (finance); the answer's status and body. */
export async function putCostItems(api: TestApi, token: string, year: number, document: unknown, headers: Record<string, string> = {}) {
  const response = await api.call(`years/${year}/cost-items`, { ...json("PUT", document, headers), token });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Replaces a year's cost items as a finance user does: reads their version (ETag), sends it with
 * If-Match, and starts again when someone saved in between (412). Creates them when there are none.
 */
export async function replaceCostItems(api: TestApi, token: string, year: number, document: unknown) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const read = await api.call(`years/${year}/cost-items`, { token });
    const etag = read.status === 200 ? read.headers.get("etag") : null;
    const saved = await putCostItems(api, token, year, document, etag ? { "If-Match": etag } : {});
    if (saved.response.status !== 412 && saved.response.status !== 428) return saved;
  }
  throw new Error(`cost items of ${year}: still changing after 20 attempts`);
}

/** A run as the API answers it. */
export interface RunAnswer {
  readonly runId: string;
  readonly status: string;
  readonly cutoff: string;
  readonly snapshot: { readonly sha256: string };
  readonly costItemsSha256: string;
  readonly report: QuotePartReport;
}

/** Computes a run (finance); the answer's status, ETag and body. */
export async function computeRun(api: TestApi, token: string, year: number, cutoff: string) {
  const response = await api.call(`years/${year}/runs`, { ...json("POST", { cutoff }), token });
  return { response, etag: response.headers.get("etag"), body: (await response.json()) as RunAnswer & { error?: { message: string; problems?: { path: string; message: string }[] } } };
}

/** The 2025 cost items of the examples: infrastructure by postes, a finance application by users of domain 3, a small item in equal parts. */
export const COST_ITEMS_2025 = {
  metropole: { weights: { postes: 100, agents: 1000, sites: 10, "users:3": 30 } },
  items: [
    { id: "infra", label: "Infrastructure et postes", set: "B", amount: "120000.00", key: "postes" },
    { id: "finances", label: "Logiciel de gestion financière", set: "C:3", amount: "15000.00", key: "users" },
    { id: "assistance", label: "Assistance mutualisée", set: "B", amount: "1000.01", key: "equal" },
  ],
};

/** Σ cents of decimal texts. */
export const sumCents = (amounts: readonly string[]) => amounts.reduce((total, amount) => total + BigInt(amount.replace(".", "")), 0n);

/** Publishes a run as finance does once its warnings are read (acknowledged); `body` false sends none. */
export function publishRunAcknowledged(api: TestApi, token: string, year: number, runId: string, etag: string) {
  return api.call(`years/${year}/runs/${runId}/publish`, { ...json("POST", { acknowledgeWarnings: true }, { "If-Match": etag }), token });
}
