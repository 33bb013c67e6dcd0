import { computeQuoteParts } from "../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../shared/quoteParts/report/formatQuotePartReport";
import { expectOk } from "../shared/quoteParts/expectOk";
import { adjustableClock } from "../support/adjustableClock";
import { COST_ITEMS_2025, json, putCostItems, replaceCostItems, submissionOf, submitAndValidate, type RunAnswer } from "../functions/finance/support/financeApi";
import { startTestApi, type TestApi } from "../support/startTestApi";

const DIJON = "21231";
const CHENOVE = "21166";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let finance: string;
let firstSave: { sha256: string; items: unknown[] };

/** Another version of the year's cost items: other amounts, an item more, other Métropole figures. */
const COST_ITEMS_B = {
  metropole: { weights: { postes: 300, agents: 1000, sites: 10, "users:3": 30 } },
  items: [...COST_ITEMS_2025.items.map((item) => ({ ...item, amount: "99999.99" })), { id: "sig", label: "SIG mutualisé", set: "B", amount: "5000.00", key: "sites" }],
};

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  finance = await api.token({ role: "finance" });
  // Dijon: 1 fibre block (14 postes) validated on 1 March, 2 blocks (28 postes) on 5 March; Chenôve: 2 blocks on 1 March.
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B", "C"], [3], 1), "2025-05-01");
  await submitAndValidate(api, submissionOf(CHENOVE, "Chenôve", ["B"], [], 2), "2025-01-01");
  clock.set("2025-03-05T09:00:00Z");
  await submitAndValidate(api, submissionOf(DIJON, "Dijon", ["B", "C"], [3], 2), "2025-05-01");
  const first = await putCostItems(api, finance, 2025, COST_ITEMS_2025);
  expect(first.response.status).toBe(201);
  firstSave = first.body as typeof firstSave;
  clock.set("2025-03-10T09:00:00Z");
});
afterAll(() => api.close());

interface Snapshot {
  readonly metropole: { readonly weights: Record<string, number> };
  readonly members: readonly { readonly id: string; readonly weights: Record<string, number> }[];
  readonly costItems: readonly { readonly id: string; readonly amount: string }[];
}

test("24 computations of one year at once, with cut-offs alternating and the cost items replaced meanwhile, never mix their inputs", async () => {
  const cutoffs = ["2025-03-01", "2025-03-05"];
  const documents = [COST_ITEMS_2025, COST_ITEMS_B];
  const [runs, saves] = await Promise.all([
    Promise.all(
      Array.from({ length: 24 }, async (_, n) => {
        const response = await api.call("years/2025/runs", { ...json("POST", { cutoff: cutoffs[n % 2] }), token: finance });
        return { status: response.status, body: (await response.json()) as RunAnswer & { cutoff: string } };
      }),
    ),
    Promise.all(Array.from({ length: 8 }, (_, n) => replaceCostItems(api, finance, 2025, documents[(n + 1) % 2]))),
  ]);
  // Each replacement went through (on the version it read, after re-reading when another got in first).
  expect(saves.map((save) => save.response.status)).toEqual(Array(8).fill(200));
  expect(runs.map((run) => run.status)).toEqual(Array(24).fill(201));
  expect(new Set(runs.map((run) => run.body.runId)).size).toBe(24);
  const costItemsBySha = new Map([firstSave, ...saves.map((save) => save.body as typeof firstSave)].map((save) => [save.sha256, save.items] as const));

  for (const { body } of runs) {
    const snapshotText = await (await api.call(`years/2025/runs/${body.runId}/snapshot`, { token: finance })).text();
    const snapshot = JSON.parse(snapshotText) as Snapshot;
    // Cost items: one whole version, the one whose fingerprint the run records, with its own Métropole figures.
    const version = snapshot.costItems.length === COST_ITEMS_B.items.length ? COST_ITEMS_B : COST_ITEMS_2025;
    expect(snapshot.costItems.map((item) => [item.id, item.amount])).toEqual(version.items.map((item) => [item.id, item.amount]));
    expect(snapshot.metropole.weights).toEqual(version.metropole.weights);
    const recorded = costItemsBySha.get(body.costItemsSha256) as { id: string; amount: string }[] | undefined;
    expect(recorded?.map((item) => [item.id, item.amount])).toEqual(version.items.map((item) => [item.id, item.amount]));
    // Members: the figures of the versions validated by the run's own cut-off.
    const dijon = snapshot.members.find((member) => member.id === DIJON);
    expect({ cutoff: body.cutoff, postes: dijon?.weights.postes }).toEqual({ cutoff: body.cutoff, postes: body.cutoff === "2025-03-01" ? 14 : 28 });
    expect(snapshot.members.find((member) => member.id === CHENOVE)?.weights.postes).toBe(28);
    // The result is the engine's on that very snapshot.
    expect(body.report).toEqual(formatQuotePartReport(expectOk(computeQuoteParts(JSON.parse(snapshotText)))));
  }
  const staff = await api.token({ role: "staff" });
  const trail = (await (await api.call("audit?chain=metropole", { token: staff })).json()) as { entries: { action: string }[] };
  expect(trail.entries.filter((entry) => entry.action === "run.compute")).toHaveLength(24);
  expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
  expect(api.logs).toEqual([]);
}, 60_000);
