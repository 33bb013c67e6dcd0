import ExcelJS from "exceljs";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, putCostItems, submissionOf, submitAndValidate, tokensFor } from "./support/financeApi";

// Issue 8 §6: a 30-digit amount was accepted, and 98765432109876.54 was written …876,55 in the XLSX export.
const LARGEST = "999999999999.99";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api);
  await submitAndValidate(api, submissionOf("21231", "Dijon", ["B"]), "2025-01-01");
  await submitAndValidate(api, submissionOf("21166", "Chenôve", ["B"], [], 2), "2025-01-01");
});
afterAll(() => api.close());

const items = (amount: string) => ({ metropole: { weights: { postes: 100 } }, items: [{ id: "infra", label: "Infrastructure", set: "B", amount, key: "postes" }] });

describe("amounts are bounded so that every export carries the exact cents", () => {
  test("a 30-digit amount, or one just past 999 999 999 999,99 €, is refused in French naming the field, and nothing is saved", async () => {
    for (const amount of ["123456789012345678901234567890", "1000000000000.00"]) {
      const { response, body } = await putCostItems(api, tokens.finance, 2026, items(amount));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(JSON.stringify(body)).toContain("montant trop grand : 999 999 999 999,99 € au plus");
      expect(JSON.stringify(body)).toContain("items[0].amount");
    }
    expect((await api.call("years/2026/cost-items", { token: tokens.finance })).status).toBe(404);
  });

  test("the largest amount comes out exact to the cent in JSON, CSV and XLSX", async () => {
    expect((await putCostItems(api, tokens.finance, 2025, items(LARGEST))).response.status).toBe(201);
    const run = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    expect(run.response.status).toBe(201);
    const [item] = run.body.report.items;
    const lines = [...item!.shares.map((share) => share.amount), item!.metropole];
    expect(lines.reduce((sum, amount) => sum + BigInt(amount.replace(".", "")), 0n)).toBe(99999999999999n);
    const csv = await (await api.call(`years/2025/runs/${run.body.runId}/export?format=csv`, { token: tokens.finance })).text();
    for (const amount of lines) expect(csv).toContain(`;${amount.replace(".", ",")}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await api.call(`years/2025/runs/${run.body.runId}/export?format=xlsx`, { token: tokens.finance })).arrayBuffer()) as ArrayBuffer);
    const written = new Set<string>();
    workbook.getWorksheet("infra")!.eachRow((row) => row.eachCell((cell) => typeof cell.value === "number" && written.add(cell.value.toFixed(2))));
    for (const amount of lines) expect(written).toContain(amount);
  });
});
