import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";

const QUETIGNY = "21515";
const AHUY = "21003";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: { quetigny: string; ahuy: string; staff: string; finance: string };

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = {
    quetigny: await api.token({ role: "commune", commune: QUETIGNY }),
    ahuy: await api.token({ role: "commune", commune: AHUY }),
    staff: await api.token({ role: "staff" }),
    finance: await api.token({ role: "finance" }),
  };
});
afterAll(() => api.close());

/** Quetigny's inventory: two fibre configurations, no other interconnexion, one isolated site. */
function quetigny(description: string): Submission {
  const base = aCompleteSubmission({ sets: ["A", "B", "C"], domains: [3, 14], blocks: { fibre: 2, interconnexion: 0, isole: 1 } });
  const answers = { ...base.inventory.answers, "infra.firewall": { description } };
  return { ...base, commune: { insee: QUETIGNY, name: "Quetigny" }, inventory: { ...base.inventory, answers } };
}

const json = (method: string, body: unknown, token: string, headers: Record<string, string> = {}) => ({ method, body: JSON.stringify(body), token, headers: { "Content-Type": "application/json", ...headers } });

/** Downloads Quetigny's prefilled workbook and reads it back as the API reads an upload. */
async function downloadPrefill(token: string): Promise<{ fileName: string | null; submission: Submission | undefined; findings: unknown[] }> {
  const response = await api.call(`communes/${QUETIGNY}/prefill.xlsx`, { token });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(XLSX);
  const read = await readWorkbookGrid(Buffer.from(await response.arrayBuffer()));
  if (!read.ok) throw new Error(read.message);
  const parsed = parseSheet(read.grid);
  return { fileName: response.headers.get("content-disposition"), submission: parsed.submission, findings: [...parsed.findings] };
}

describe("GET /api/communes/{insee}/prefill.xlsx", () => {
  test("nothing to prefill yet: 404 in French pointing to the blank template; another commune's file: 403; unknown commune: 404; no token: 401", async () => {
    const none = await api.call(`communes/${QUETIGNY}/prefill.xlsx`, { token: tokens.quetigny });
    expect(none.status).toBe(404);
    expect(((await none.json()) as { error: { message: string } }).error.message).toBe("Ni version validée ni brouillon pour Quetigny : rien à reprendre, téléchargez le modèle vierge (/api/template.xlsx).");
    expect((await api.call(`communes/${QUETIGNY}/prefill.xlsx`, { token: tokens.ahuy })).status).toBe(403);
    expect((await api.call(`communes/${QUETIGNY}/prefill.xlsx`, { token: tokens.finance })).status).toBe(403);
    expect((await api.call("communes/99999/prefill.xlsx", { token: tokens.staff })).status).toBe(404);
    expect((await api.call(`communes/${QUETIGNY}/prefill.xlsx`)).status).toBe(401);
  });

  test("the commune's latest work: a draft older than the validated version gives way to it (date cleared), a draft saved afterwards wins (date kept)", async () => {
    // A draft saved before the deposit…
    clock.set("2025-03-01T09:00:00Z");
    expect((await api.call(`communes/${QUETIGNY}/draft`, json("PUT", quetigny("Ancien brouillon"), tokens.quetigny))).status).toBe(200);
    // …then a version deposited and validated.
    clock.set("2025-03-02T09:00:00Z");
    const validated = quetigny("Pare-feu « Stormshield » SN310 & <proxy> ; l'été\nseconde ligne");
    const deposit = await api.call(`communes/${QUETIGNY}/submissions`, json("POST", validated, tokens.quetigny));
    expect(deposit.status).toBe(201);
    const { version, etag } = (await deposit.json()) as { version: number; etag: string };
    const decision = await api.call(`communes/${QUETIGNY}/submissions/${version}/decision`, json("POST", { decision: "validate", effectiveFrom: "2025-04-01" }, tokens.staff, { "If-Match": etag }));
    expect(decision.status).toBe(200);

    const fromValidated = await downloadPrefill(tokens.quetigny);
    expect(fromValidated.fileName).toBe(`attachment; filename="description-organique-${QUETIGNY}-${TEMPLATE_VERSION}-f2-i0-s1.xlsx"`);
    expect(fromValidated.findings).toEqual([]);
    expect(fromValidated.submission).toEqual({ ...validated, inventory: { ...validated.inventory, etatDesLieux: null } });
    // The same content as the JSON prefill; staff may read it too.
    const jsonPrefill = (await (await api.call(`communes/${QUETIGNY}/prefill`, { token: tokens.quetigny })).json()) as { submission: Submission };
    expect(fromValidated.submission).toEqual(jsonPrefill.submission);
    expect((await downloadPrefill(tokens.staff)).submission).toEqual(jsonPrefill.submission);

    // A draft saved after the validated version: the workbook shows it, date included, with its own configurations.
    clock.set("2025-03-03T09:00:00Z");
    const base = aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1, interconnexion: 1, isole: 3 } });
    const draft: Submission = { ...base, commune: { insee: QUETIGNY, name: "Quetigny" } };
    expect((await api.call(`communes/${QUETIGNY}/draft`, json("PUT", draft, tokens.quetigny))).status).toBe(200);
    const fromDraft = await downloadPrefill(tokens.quetigny);
    expect(fromDraft.fileName).toBe(`attachment; filename="description-organique-${QUETIGNY}-${TEMPLATE_VERSION}-f1-i1-s3.xlsx"`);
    expect(fromDraft.findings).toEqual([]);
    expect(fromDraft.submission).toEqual(draft);
    // The JSON prefill stays the validated version (a new campaign's starting point).
    expect(((await (await api.call(`communes/${QUETIGNY}/prefill`, { token: tokens.quetigny })).json()) as { fromVersion: number }).fromVersion).toBe(version);
  });
});
