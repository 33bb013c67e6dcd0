import type { QuotePartReport } from "../../../shared/quoteParts/report/QuotePartReport";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, json, publishRunAcknowledged, putCostItems, submissionOf, submitAndValidate, tokensFor } from "./support/financeApi";

// Issue 10 §1–§3: settlement configured per year, runs that say what they did, publication locks and corrective runs.
const DIJON = "21231";
const CHENOVE = "21166";
const NEUILLY = "21452";
const clock = adjustableClock("2025-01-10T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

const COST_ITEMS = {
  metropole: { weights: { postes: 100 } },
  items: [
    { id: "infra", label: "Infrastructure et postes", set: "B", amount: "120000.00", key: "postes" },
    { id: "commande-publique", label: "Commande publique", set: "B", amount: "3000.00", key: "custom", weights: { [DIJON]: 1000, [CHENOVE]: 1000, [NEUILLY]: 1000, "21515": 0, "242100410": 0 } },
    { id: "sig", label: "SIG mutualisé", set: "A", amount: "5000.00", key: "postes" },
  ],
};

interface Run {
  runId: string;
  status: string;
  fullYear: boolean;
  corrects?: string;
  replacedBy?: string;
  warnings: { kind: string; message: string }[];
  differences?: { id: string; before: { amount: string }; after: { amount: string }; difference: { amount: string } }[];
  report: QuotePartReport;
}
const fresh = (insee: string, name: string) => ({ ...submissionOf(insee, name, ["B"]), inventory: { ...submissionOf(insee, name, ["B"]).inventory, etatDesLieux: "2025-01-05" } });
const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; problems?: { path: string }[] } }).error;
const run = async (runId: string) => (await (await api.call(`years/2025/runs/${runId}`, { token: tokens.finance })).json()) as Run;
const totalOf = (report: QuotePartReport, insee: string) => report.totals.find((total) => total.id === insee)!;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api);
  for (const [insee, name] of [[DIJON, "Dijon"], [CHENOVE, "Chenôve"], [NEUILLY, "Neuilly-Crimolois"]] as const) await submitAndValidate(api, fresh(insee, name), "2025-01-01");
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS)).response.status).toBe(201);
  clock.set("2025-02-01T09:00:00Z");
});
afterAll(() => api.close());

describe("the finance configuration of a year: how each member settles", () => {
  test("saved as a whole: AC already included, items invoiced directly, the CCAS; refused in French by field when wrong", async () => {
    const put = (body: unknown, headers: Record<string, string> = {}) => api.call("years/2025/finance-config", { ...json("PUT", body, headers), token: tokens.finance });
    const wrong = await put({ members: { [NEUILLY]: { invoicedItems: ["cantine"] }, "75056": { withCcas: true } } });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).problems?.map((problem) => problem.path).sort()).toEqual([`members["${NEUILLY}"].invoicedItems[0]`, 'members["75056"]']);
    const config = { members: { [DIJON]: { acAlreadyIncluded: 421000, withCcas: true }, [NEUILLY]: { invoicedItems: ["commande-publique"] } } };
    const saved = await put(config);
    expect(saved.status).toBe(201);
    expect((await put(config)).status).toBe(428);
    const read = await api.call("years/2025/finance-config", { token: tokens.staff });
    const body = (await read.json()) as { members: { insee: string; label: string; acAlreadyIncluded: string; invoicedItems: string[] }[] };
    expect(body.members.find((member) => member.insee === DIJON)).toMatchObject({ label: "Dijon + CCAS", acAlreadyIncluded: "421000.00", invoicedItems: [] });
    expect(body.members.find((member) => member.insee === NEUILLY)).toMatchObject({ label: "Neuilly-Crimolois", invoicedItems: ["commande-publique"] });
  });

  test("a run settles accordingly: invoiced apart, AC adjustment = −(participation − invoiced) + already included, names with « + CCAS »", async () => {
    const computed = await computeRun(api, tokens.finance, 2025, "2025-02-01");
    expect(computed.response.status).toBe(201);
    const { report } = computed.body;
    expect(totalOf(report, NEUILLY)).toMatchObject({ name: "Neuilly-Crimolois", invoiced: "1000.00", acAlreadyIncluded: "0.00" });
    const neuilly = totalOf(report, NEUILLY);
    expect(BigInt(neuilly.acAdjustment.replace(".", ""))).toBe(-(BigInt(neuilly.amount.replace(".", "")) - 100000n));
    const dijon = totalOf(report, DIJON);
    expect(dijon).toMatchObject({ name: "Dijon + CCAS", acAlreadyIncluded: "421000.00" });
    expect(BigInt(dijon.acAdjustment.replace(".", ""))).toBe(-BigInt(dijon.amount.replace(".", "")) + 42100000n);
    expect(report.summary.invoiced).toBe("1000.00");
    const snapshot = JSON.parse(await (await api.call(`years/2025/runs/${computed.body.runId}/snapshot`, { token: tokens.finance })).text()) as { members: { id: string; acAlreadyIncluded?: string; invoicedItems?: string[]; withCcas?: boolean }[] };
    expect(snapshot.members.find((member) => member.id === DIJON)).toMatchObject({ acAlreadyIncluded: "421000.00", withCcas: true });
  });
});

describe("runs that say what they did, publication locks and corrections", () => {
  let publishedId: string;

  test("warnings: an item no commune shares, a member validated after the cut-off; publishing them needs acknowledging", async () => {
    const quetigny = { ...submissionOf("21515", "Quetigny", ["B"]), inventory: { ...submissionOf("21515", "Quetigny", ["B"]).inventory, etatDesLieux: "2025-01-20" } };
    await submitAndValidate(api, quetigny, "2025-01-01");
    const computed = await computeRun(api, tokens.finance, 2025, "2025-01-31");
    const warnings = computed.body as unknown as Run;
    expect(warnings.warnings.map((warning) => warning.kind).sort()).toEqual(["itemWithoutParticipant", "memberLeftOut"]);
    expect(warnings.warnings.find((warning) => warning.kind === "itemWithoutParticipant")?.message).toBe("Le poste « SIG mutualisé » n'a aucune commune participante au 31/01/2025 : la Métropole en porte 100 %.");
    expect(warnings.warnings.find((warning) => warning.kind === "memberLeftOut")?.message).toBe("Quetigny n'est pas comptée : sa description organique a été validée le 01/02/2025 (effet au 01/01/2025), après l'arrêté du 31/01/2025.");
    const refused = await api.call(`years/2025/runs/${computed.body.runId}/publish`, { method: "POST", headers: { "If-Match": computed.etag! }, token: tokens.finance });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/^Publication à confirmer : le calcul .* a 2 avertissements\. Le poste « SIG mutualisé »/);
    expect((await publishRunAcknowledged(api, tokens.finance, 2025, computed.body.runId, computed.etag!)).status).toBe(200);
    publishedId = computed.body.runId;
  });

  test("published, the year's cost items and configuration are frozen, saying how to correct them", async () => {
    const read = await api.call("years/2025/cost-items", { token: tokens.finance });
    const locked = await putCostItems(api, tokens.finance, 2025, COST_ITEMS, { "If-Match": read.headers.get("etag")! });
    expect(locked.response.status).toBe(409);
    expect(JSON.stringify(locked.body)).toMatch(/Les quotes-parts de 2025 sont publiées \(calcul .*\) : ses postes de coût sont figés\. Pour les corriger, ouvrez une correction/);
    const config = await api.call("years/2025/finance-config", { token: tokens.finance });
    expect((await api.call("years/2025/finance-config", { ...json("PUT", { members: {} }, { "If-Match": config.headers.get("etag")! }), token: tokens.finance })).status).toBe(409);
  });

  test("a corrective run « annule et remplace »: opened with a reason, computed, shown with its difference per member, published over the old one, kept and marked replaced", async () => {
    expect((await api.call("years/2025/corrections", { ...json("POST", { reason: "Montant du poste infra corrigé (délibération du 12 mars)" }), token: tokens.finance })).status).toBe(201);
    const read = await api.call("years/2025/cost-items", { token: tokens.finance });
    const corrected = { ...COST_ITEMS, items: COST_ITEMS.items.map((item) => (item.id === "infra" ? { ...item, amount: "150000.00" } : item)) };
    expect((await putCostItems(api, tokens.finance, 2025, corrected, { "If-Match": read.headers.get("etag")! })).response.status).toBe(200);
    clock.set("2025-03-12T09:00:00Z");
    const computed = await computeRun(api, tokens.finance, 2025, "2025-03-12");
    const corrective = await run(computed.body.runId);
    expect(corrective.corrects).toBe(publishedId);
    expect(corrective.differences?.map((difference) => difference.id)).toEqual(expect.arrayContaining([DIJON, CHENOVE, NEUILLY, "21515"]));
    const quetigny = corrective.differences!.find((difference) => difference.id === "21515")!;
    expect(quetigny.before.amount).toBe("0.00");
    expect(quetigny.difference.amount).toBe(quetigny.after.amount);
    expect((await publishRunAcknowledged(api, tokens.finance, 2025, computed.body.runId, computed.etag!)).status).toBe(200);
    const replaced = await run(publishedId);
    expect(replaced).toMatchObject({ status: "remplace", replacedBy: computed.body.runId });
    expect(replaced.differences?.length).toBe(corrective.differences?.length);
    const list = (await (await api.call("years/2025/runs", { token: tokens.finance })).json()) as { publishedRunId: string; openCorrection: unknown };
    expect(list).toMatchObject({ publishedRunId: computed.body.runId, openCorrection: null });
    // Closed with its publication: frozen again.
    const again = await api.call("years/2025/cost-items", { token: tokens.finance });
    expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS, { "If-Match": again.headers.get("etag")! })).response.status).toBe(409);
  });

  test("finance reads the year's history with amounts before and after each change, and every version of the cost items", async () => {
    const history = (await (await api.call("years/2025/history", { token: tokens.finance })).json()) as { entries: { action: string; details?: Record<string, unknown> }[] };
    const actions = history.entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["costitems.save", "financeconfig.save", "run.compute", "run.publish", "correction.open", "run.publishCorrection"]));
    const correction = history.entries.filter((entry) => entry.action === "costitems.save").at(-1)!;
    expect(JSON.stringify(correction.details?.before)).toContain('"amount":"120000.00"');
    expect(JSON.stringify(correction.details?.after)).toContain('"amount":"150000.00"');
    const versions = (await (await api.call("years/2025/cost-items/versions", { token: tokens.staff })).json()) as { versions: { items: { id: string; amount: string }[] }[] };
    expect(versions.versions.map((version) => version.items.find((item) => item.id === "infra")?.amount)).toEqual(["120000.00", "150000.00"]);
  });

  test("a run « en année pleine » counts each adhesion held at the cut-off for 12 months, and is never published", async () => {
    const computed = await computeRun(api, tokens.finance, 2025, "2025-03-12");
    const fullYear = await api.call("years/2025/runs", { ...json("POST", { cutoff: "2025-03-12", fullYear: true }), token: tokens.finance });
    expect(fullYear.status).toBe(201);
    const body = (await fullYear.json()) as Run;
    expect(body.fullYear).toBe(true);
    expect(body.report.items[0]!.shares.every((share) => "months" in share && share.months === 12)).toBe(true);
    expect(computed.body.report.items[0]!.shares.length).toBe(body.report.items[0]!.shares.length);
    const refused = await publishRunAcknowledged(api, tokens.finance, 2025, body.runId, fullYear.headers.get("etag")!);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/en année pleine : il sert au tableau de la délibération/);
  });
});
