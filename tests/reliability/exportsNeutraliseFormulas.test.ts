import ExcelJS from "exceljs";
import { adjustableClock } from "../support/adjustableClock";
import { computeRun, putCostItems, submissionOf, submitAndValidate, tokensFor } from "../functions/finance/support/financeApi";
import { FORMULA_STRINGS } from "./support/hostileValues";
import { startTestApi, type TestApi } from "../support/startTestApi";

const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let finance: string;
let runId: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  finance = (await tokensFor(api)).finance;
  await submitAndValidate(api, submissionOf("21231", "Dijon", ["B"], [], 1), "2025-05-01");
  const items = FORMULA_STRINGS.map((label, index) => ({ id: `poste${index}`, label, set: "B", amount: "1000.00", key: "postes" }));
  expect((await putCostItems(api, finance, 2025, { metropole: { weights: { postes: 100 } }, items })).response.status).toBe(201);
  runId = (await computeRun(api, finance, 2025, "2025-03-01")).body.runId;
});
afterAll(() => api.close());

/** The fields of a `;` CSV line (quotes undone). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ";" && !quoted) {
      out.push(field);
      field = "";
    } else field += char;
  }
  return [...out, field];
}

describe("exports neutralise formulas in every label", () => {
  test("CSV: no field a spreadsheet would run (=, +, @, tab, carriage return; a minus only on numbers)", async () => {
    const text = Buffer.from(await (await api.call(`years/2025/runs/${runId}/export?format=csv`, { token: finance })).arrayBuffer()).toString("utf8").slice(1);
    const records = text.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    let labels = 0;
    for (const record of records) {
      for (const field of fields(record)) {
        expect({ field, runnable: /^[=+@\t\r]/.test(field) || (/^-/.test(field) && !/^-\d+(,\d+)?$/.test(field)) }).toEqual({ field, runnable: false });
        if (FORMULA_STRINGS.some((label) => field === `'${label.trim()}`)) labels += 1;
      }
    }
    expect(labels).toBeGreaterThanOrEqual(FORMULA_STRINGS.length);
  });

  test("XLSX: every label is a text cell, and the only formulas are the export's own totals and checks", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await api.call(`years/2025/runs/${runId}/export?format=xlsx`, { token: finance })).arrayBuffer()) as unknown as ArrayBuffer);
    const texts = new Set<string>();
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as unknown;
          if (typeof value === "string") texts.add(value);
          if (value !== null && typeof value === "object" && "formula" in value) expect((value as { formula: string }).formula).toMatch(/^(SUM|IF|ROUND|ABS)\(/);
        }),
      ),
    );
    // Labels are stored trimmed (the cost items schema), so "\t=1+1" is kept as "=1+1": text still.
    for (const label of FORMULA_STRINGS) expect(texts).toContain(label.trim());
  });
});
