import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { QuotePartReport } from "../../../shared/quoteParts/report/QuotePartReport";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, json, putCostItems, submissionOf, submitAndValidate, tokensFor } from "./support/financeApi";

// Issue 10, « Done when »: the CLI, the API (simulation and run) and the exports agree to the cent on the
// same inputs — the 2020 CLECT table of Dijon Métropole, entered as finance would for a 2020 run.
const root = path.resolve(__dirname, "../../..");
const FIXTURE = path.join(root, "tests/fixtures/clect2020.scenario.json");
const scenario = JSON.parse(readFileSync(FIXTURE, "utf8")) as {
  rounding: string;
  prorata: string;
  members: { id: string; name: string; adhesions: unknown[]; withCcas?: boolean; acAlreadyIncluded?: string; invoicedItems?: string[] }[];
  costItems: unknown[];
};
const directory = mkdtempSync(path.join(tmpdir(), "agreement-"));
const clock = adjustableClock("2020-01-10T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let run: { runId: string; report: QuotePartReport };

/** The CLI's report of a scenario file, as `npm run quote-parts` prints it. */
function cli(file: string): QuotePartReport {
  const { status, stdout, stderr } = spawnSync(process.execPath, ["scripts/cli/run.cjs", "quote-parts", file], { cwd: root, encoding: "utf8" });
  if (status !== 0) throw new Error(`quote-parts ${file}: ${status} ${stderr}`);
  return JSON.parse(stdout) as QuotePartReport;
}
const simulate = async (body: string) => {
  const response = await api.call("simulations", { method: "POST", body, headers: { "Content-Type": "application/json" }, token: tokens.finance });
  expect(response.status).toBe(200);
  return (await response.json()) as QuotePartReport;
};
/** What must agree to the cent: every share, the Métropole's rests, every member's settlement, the summary. */
const figures = (report: QuotePartReport) => ({
  items: report.items.map((item) => ({ id: item.id, amount: item.amount, metropole: item.metropole, shares: item.shares.map(({ id, amount }) => ({ id, amount })) })),
  totals: report.totals.filter((total) => total.amount !== "0.00").map(({ id, amount, invoiced, acAlreadyIncluded, acAdjustment }) => ({ id, amount, invoiced, acAlreadyIncluded, acAdjustment })),
  summary: report.summary,
});

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api);
  // Each commune with an adhesion in the table validated from 1 January 2020 (its inventory dated before).
  for (const member of scenario.members.filter((candidate) => candidate.adhesions.length > 0)) {
    const submission = submissionOf(member.id, member.name, ["B"]);
    await submitAndValidate(api, { ...submission, inventory: { ...submission.inventory, etatDesLieux: "2019-12-15" } }, "2020-01-01");
  }
  const costItems = { metropole: { weights: {} }, rounding: scenario.rounding, prorata: scenario.prorata, items: scenario.costItems };
  expect((await putCostItems(api, tokens.finance, 2020, costItems)).response.status).toBe(201);
  const members = Object.fromEntries(
    scenario.members
      .filter((member) => member.withCcas || member.acAlreadyIncluded || member.invoicedItems)
      .map((member) => [member.id, { ...(member.withCcas ? { withCcas: true } : {}), ...(member.acAlreadyIncluded ? { acAlreadyIncluded: member.acAlreadyIncluded } : {}), ...(member.invoicedItems ? { invoicedItems: member.invoicedItems } : {}) }]),
  );
  expect((await api.call("years/2020/finance-config", { ...json("PUT", { members }), token: tokens.finance })).status).toBe(201);
  clock.set("2020-04-11T09:00:00Z");
  const computed = await computeRun(api, tokens.finance, 2020, "2020-04-11");
  expect(computed.response.status).toBe(201);
  run = computed.body;
}, 180_000);
afterAll(() => api.close());

describe("the CLI, the API and the exports agree to the cent", () => {
  test("the CLECT 2020 scenario file: the CLI prints exactly what POST /api/simulations answers (Dijon −7 437 606 €, total AC −7 581 669 €)", async () => {
    const printed = cli(FIXTURE);
    expect(await simulate(readFileSync(FIXTURE, "utf8"))).toEqual(printed);
    expect(printed.totals.find((total) => total.id === "21231")).toMatchObject({ amount: "7858606.00", acAdjustment: "-7437606.00" });
    expect(printed.summary.acAdjustment).toBe("-7581669.00");
  });

  test("the same table entered through the API (inventories, cost items, finance configuration) gives a run with the same figures", () => {
    expect(figures(run.report)).toEqual(figures(cli(FIXTURE)));
  });

  test("the run's frozen snapshot: recomputed by the CLI and by a simulation, it gives the run's report exactly", async () => {
    const snapshot = await (await api.call(`years/2020/runs/${run.runId}/snapshot`, { token: tokens.finance })).text();
    const file = path.join(directory, "snapshot.json");
    writeFileSync(file, snapshot);
    expect(cli(file)).toEqual(run.report);
    expect(await simulate(snapshot)).toEqual(run.report);
  });

  test("the run's CSV export: every share and every member's settlement as in the report, to the cent", async () => {
    const response = await api.call(`years/2020/runs/${run.runId}/export?format=csv`, { token: tokens.finance });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    const comma = (amount: string) => amount.replace(".", ",");
    for (const total of run.report.totals) {
      expect(lines).toContain([total.id, total.name, total.amount, total.invoiced, total.acAlreadyIncluded, total.acAdjustment].map(comma).join(";"));
    }
    const { summary } = run.report;
    expect(lines).toContain(`Total;Communes;${comma(summary.communes)};${comma(summary.invoiced)};421000,00;${comma(summary.acAdjustment)}`);
    expect(lines).toContain(`Total;Postes de coût;${comma(summary.costItems)};;;`);
    for (const item of run.report.items) {
      const exported = lines.filter((line) => line.startsWith(`${item.id};`)).map((line) => line.split(";"));
      expect(exported.map((cells) => [cells[4], cells[10]])).toEqual([...item.shares.map((share) => [share.id, comma(share.amount)]), ["242100410", comma(item.metropole)]]);
    }
  });
});
