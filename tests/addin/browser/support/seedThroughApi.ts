import type { Submission } from "../../../../shared/inventory/submissionSchema";
import { todayInParis } from "../../../../shared/calendar/todayInParis";
import { aCompleteSubmission } from "../../../shared/checks/support/aCompleteSubmission";
import type { TestApi } from "../../../support/startTestApi";

/** A complete submission of a commune with a fresh état des lieux (ten days ago). */
export function aFreshSubmission(insee: string, name: string, overrides: Partial<Submission> = {}): Submission {
  const submission = aCompleteSubmission({ sets: ["B", "C"], domains: [3], blocks: { fibre: 1, interconnexion: 1, isole: 2 } });
  return { ...submission, commune: { insee, name }, inventory: { ...submission.inventory, etatDesLieux: todayInParis(new Date(Date.now() - 10 * 86_400_000)) }, ...overrides };
}

/** Submits through the API as the commune; resolves to the version and its ETag. */
export async function submitThroughApi(api: TestApi, submission: Submission, key: string): Promise<{ version: number; etag: string }> {
  const token = await api.token({ role: "commune", commune: submission.commune.insee });
  const response = await api.call(`communes/${submission.commune.insee}/submissions`, { method: "POST", token, headers: { "Content-Type": "application/json", "Idempotency-Key": key }, body: JSON.stringify(submission) });
  const body = (await response.json()) as { version: number };
  if (response.status !== 201) throw new Error(`dépôt refusé : ${JSON.stringify(body)}`);
  return { version: body.version, etag: response.headers.get("etag") ?? "" };
}

/** Validates a version through the API as staff, effective from a date. */
export async function validateThroughApi(api: TestApi, insee: string, submitted: { version: number; etag: string }, effectiveFrom: string): Promise<void> {
  const response = await api.call(`communes/${insee}/submissions/${submitted.version}/decision`, {
    method: "POST",
    token: await api.token({ role: "staff" }),
    headers: { "Content-Type": "application/json", "If-Match": submitted.etag },
    body: JSON.stringify({ decision: "validate", effectiveFrom }),
  });
  if (response.status !== 200) throw new Error(`validation refusée : ${await response.text()}`);
}
