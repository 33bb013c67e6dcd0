import { createHash } from "node:crypto";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import type { QuotePartReport } from "../../../shared/quoteParts/report/QuotePartReport";
import { expectOk } from "../../shared/quoteParts/expectOk";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, COST_ITEMS_2025, json, publishRunAcknowledged, putCostItems, replaceCostItems, submissionOf, submitAndValidate, sumCents, tokensFor, type RunAnswer } from "./support/financeApi";

const DIJON = "21231";
const CHENOVE = "21166";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api, DIJON);
  // Dijon: B and C domain 3 from 1 May (8 months), 14 postes, 12 users of domain 3. Chenôve: B all year, 28 postes.
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B", "C"], [3]), "2025-05-01");
  await submitAndValidate(api, submissionOf(CHENOVE, "Chenôve", ["B"], [], 2), "2025-01-01");
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS_2025)).response.status).toBe(201);
  // Later computations happen on 10 March; the data above was recorded on 1 March.
  clock.set("2025-03-10T10:00:00Z");
});
afterAll(() => api.close());

const itemOf = (report: QuotePartReport, id: string) => report.items.find((item) => item.id === id)!;
const shareOf = (report: QuotePartReport, item: string, insee: string) => itemOf(report, item).shares.find((share) => share.id === insee);
const snapshotOf = async (year: number, runId: string) => (await api.call(`years/${year}/runs/${runId}/snapshot`, { token: tokens.finance })).text();
const engineReport = (snapshot: string) => formatQuotePartReport(expectOk(computeQuoteParts(JSON.parse(snapshot))));

describe("quote-part runs", () => {
  test("a run from validated submissions: every item adds up exactly, prorata applied, every member listed", async () => {
    const { response, body } = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`/api/years/2025/runs/${body.runId}`);
    expect(body).toMatchObject({ status: "calcule", statusLabel: "calculé", cutoff: "2025-03-01" });
    const { report } = body;
    for (const item of report.items) {
      const amount = COST_ITEMS_2025.items.find((candidate) => candidate.id === item.id)!.amount;
      expect(sumCents([...item.shares.map((share) => share.amount), item.metropole])).toBe(sumCents([amount]));
    }
    expect(shareOf(report, "infra", DIJON)).toMatchObject({ weight: 14, totalWeight: 142, months: 8 });
    expect(shareOf(report, "infra", CHENOVE)).toMatchObject({ weight: 28, totalWeight: 142, months: 12 });
    expect(itemOf(report, "finances").shares).toEqual([expect.objectContaining({ id: DIJON, weight: 12, totalWeight: 42, months: 8 })]);
    expect(report.totals).toHaveLength(23);
    expect(report.totals.find((total) => total.id === "21617")).toEqual({ id: "21617", name: "Talant", amount: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "0.00" });
  });

  test("the frozen snapshot is served byte for byte, and the engine run on it gives the run's report", async () => {
    const { body } = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    const snapshot = await snapshotOf(2025, body.runId);
    expect(createHash("sha256").update(snapshot).digest("hex")).toBe(body.snapshot.sha256);
    expect(engineReport(snapshot)).toEqual(body.report);
    const read = await api.call(`years/2025/runs/${body.runId}`, { token: tokens.staff });
    expect(((await read.json()) as RunAnswer).report).toEqual(body.report);
  });

  test("the cutoff decides: versions validated and events recorded after it are left out", async () => {
    await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B", "C"], [3], 2), "2025-05-01");
    const withdrawal = await api.call(`communes/${DIJON}/events`, { ...json("POST", { type: "retrait", date: "2025-09-01", sets: ["C:3"] }), token: tokens.staff });
    expect(withdrawal.status).toBe(201);
    const before = (await computeRun(api, tokens.finance, 2025, "2025-03-05")).body.report;
    expect(shareOf(before, "infra", DIJON)).toMatchObject({ weight: 14, months: 8 });
    expect(shareOf(before, "finances", DIJON)).toMatchObject({ months: 8 });
    const after = (await computeRun(api, tokens.finance, 2025, "2025-03-10")).body.report;
    expect(shareOf(after, "infra", DIJON)).toMatchObject({ weight: 28, months: 8 });
    expect(shareOf(after, "finances", DIJON)).toMatchObject({ months: 4 });
  });

  test("refusals: a cutoff in the future or before 2000 (400), no cost items for the year (422), the engine refusing names the item (422)", async () => {
    const future = await computeRun(api, tokens.finance, 2025, "2099-01-01");
    expect(future.response.status).toBe(400);
    expect(future.body.error?.problems?.[0]?.path).toBe("cutoff");
    const ancient = await computeRun(api, tokens.finance, 2025, "1900-01-01");
    expect([ancient.response.status, ancient.body.error?.message]).toEqual([400, "Date d'arrêté invalide (champ cutoff) : date au plus tôt le 01/01/2000 attendue."]);
    const none = await computeRun(api, tokens.finance, 2024, "2025-03-01");
    expect(none.response.status).toBe(422);
    expect(none.body.error?.message).toMatch(/aucun poste de coût saisi pour 2024/);
    await putCostItems(api, tokens.finance, 2026, { metropole: { weights: { agents: 0 } }, items: [{ id: "dpo", label: "DPO mutualisé", set: "A", amount: "5000.00", key: "agents" }] });
    const zero = await computeRun(api, tokens.finance, 2026, "2025-03-01");
    expect(zero.response.status).toBe(422);
    expect(zero.body.error?.message).toMatch(/poids total nul pour le poste de coût dpo/);
    // Named as finance entered it (the cost items' `items`), not as the engine's scenario calls it.
    expect(zero.body.error?.problems?.map((problem) => problem.path)).toEqual(["items[0]"]);
    const malformed = await api.call("years/2025/runs", { ...json("POST", { cutoff: "10/03/2025" }), token: tokens.finance });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).toMatch(/AAAA-MM-JJ/);
  });

  test("two concurrent computations each freeze their own inputs, even while the cost items change", async () => {
    const first = await replaceCostItems(api, tokens.finance, 2025, COST_ITEMS_2025);
    const changed = { ...COST_ITEMS_2025, items: COST_ITEMS_2025.items.map((item) => ({ ...item, amount: "999.99" })) };
    const [runA, , runB] = await Promise.all([
      computeRun(api, tokens.finance, 2025, "2025-03-10"),
      replaceCostItems(api, tokens.finance, 2025, changed),
      computeRun(api, tokens.finance, 2025, "2025-03-10"),
    ]);
    expect(runA.body.runId).not.toBe(runB.body.runId);
    for (const run of [runA.body, runB.body]) {
      const snapshot = await snapshotOf(2025, run.runId);
      expect(engineReport(snapshot)).toEqual(run.report);
      const items = (JSON.parse(snapshot) as { costItems: { amount: string }[] }).costItems;
      const expected = run.costItemsSha256 === first.body.sha256 ? COST_ITEMS_2025.items : changed.items;
      expect(items.map((item) => item.amount)).toEqual(expected.map((item) => item.amount));
    }
  });

  test("an Idempotency-Key makes a retried computation return the same run, not a second one", async () => {
    const post = () => api.call("years/2025/runs", { ...json("POST", { cutoff: "2025-03-10" }, { "Idempotency-Key": "calcul-2025-unique" }), token: tokens.finance });
    const before = ((await (await api.call("years/2025/runs", { token: tokens.finance })).json()) as { runs: unknown[] }).runs.length;
    const [one, two] = [(await (await post()).json()) as RunAnswer, (await (await post()).json()) as RunAnswer];
    expect(two.runId).toBe(one.runId);
    expect(((await (await api.call("years/2025/runs", { token: tokens.finance })).json()) as { runs: unknown[] }).runs).toHaveLength(before + 1);
  });

  test("publication: If-Match required (428), a stale ETag 412, then published, immutable: a second publish 409, another run of the year 409", async () => {
    const { body, etag } = await computeRun(api, tokens.finance, 2025, "2025-03-10");
    const other = await computeRun(api, tokens.finance, 2025, "2025-03-10");
    const publish = (runId: string, headers: Record<string, string>) => api.call(`years/2025/runs/${runId}/publish`, { method: "POST", headers, token: tokens.finance });
    expect((await publish(body.runId, {})).status).toBe(428);
    expect((await publish(body.runId, { "If-Match": 'W/"datetime\'2000-01-01T00%3A00%3A00.0000000Z\'"' })).status).toBe(412);
    const published = await publish(body.runId, { "If-Match": etag! });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ runId: body.runId, status: "publie", statusLabel: "publié", publishedBy: expect.stringMatching(/^finance:/) });
    const again = await publish(body.runId, { "If-Match": published.headers.get("etag")! });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/déjà publié/);
    const second = await publish(other.body.runId, { "If-Match": other.etag! });
    expect(second.status).toBe(409);
    const list = (await (await api.call("years/2025/runs", { token: tokens.staff })).json()) as { publishedRunId: string; runs: { runId: string; status: string }[] };
    expect(list.publishedRunId).toBe(body.runId);
    expect(list.runs.filter((run) => run.status === "publie")).toEqual([expect.objectContaining({ runId: body.runId })]);
    for (const method of ["PUT", "DELETE"]) expect((await api.call(`years/2025/runs/${body.runId}`, { method, token: tokens.finance })).status).toBe(405);
    const read = (await (await api.call(`years/2025/runs/${body.runId}`, { token: tokens.finance })).json()) as RunAnswer;
    expect(read.report).toEqual(body.report);
  });

  test("concurrent publications of two runs of one year: exactly one wins, the other stays « calculé »", async () => {
    await putCostItems(api, tokens.finance, 2028, COST_ITEMS_2025);
    const runs = await Promise.all([computeRun(api, tokens.finance, 2028, "2025-03-10"), computeRun(api, tokens.finance, 2028, "2025-03-10")]);
    const answers = await Promise.all(runs.map((run) => publishRunAcknowledged(api, tokens.finance, 2028, run.body.runId, run.etag!)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const list = (await (await api.call("years/2028/runs", { token: tokens.finance })).json()) as { runs: { status: string }[] };
    expect(list.runs.map((run) => run.status).sort()).toEqual(["calcule", "publie"]);
  });

  test("unknown or malformed run ids: 404 and 400", async () => {
    expect((await api.call("years/2025/runs/20250301T090000000Z-00000000", { token: tokens.finance })).status).toBe(404);
    expect((await api.call("years/2025/runs/pas-un-calcul", { token: tokens.finance })).status).toBe(400);
  });

  test("each computation and publication is in the Métropole's audit chain", async () => {
    const trail = (await (await api.call("audit?chain=metropole", { token: tokens.staff })).json()) as { entries: { action: string; to?: string }[] };
    const actions = trail.entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["costitems.save", "run.compute", "run.publish"]));
    expect((await (await api.call("audit/verification", { token: tokens.staff })).json()) as { ok: boolean }).toMatchObject({ ok: true });
  });

  test("a commune can neither compute, list nor publish; staff can read but not compute", async () => {
    expect((await computeRun(api, tokens.commune, 2025, "2025-03-01")).response.status).toBe(403);
    expect((await api.call("years/2025/runs", { token: tokens.commune })).status).toBe(403);
    const runs = (await (await api.call("years/2025/runs", { token: tokens.staff })).json()) as { runs: { runId: string }[] };
    const runId = runs.runs[0]!.runId;
    expect((await api.call(`years/2025/runs/${runId}/publish`, { method: "POST", headers: { "If-Match": "*" }, token: tokens.commune })).status).toBe(403);
    expect((await computeRun(api, tokens.staff, 2025, "2025-03-01")).response.status).toBe(403);
    expect((await api.call(`years/2025/runs/${runId}/publish`, { method: "POST", headers: { "If-Match": "*" }, token: tokens.staff })).status).toBe(403);
  });
});
