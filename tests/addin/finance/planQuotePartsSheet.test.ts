import { planQuotePartsSheet } from "../../../addin/finance/planQuotePartsSheet";
import { EURO_FORMAT } from "../../../addin/finance/euroFormats";
import { writeTableSheet } from "../../../addin/office/writeTableSheet";
import { computeQuoteParts } from "../../../shared/quoteParts/computeQuoteParts";
import { formatQuotePartReport } from "../../../shared/quoteParts/report/formatQuotePartReport";
import { aCostItem, aMember, aScenario, METROPOLE_ID } from "../../shared/quoteParts/scenarioFactory";
import { createExcelMock } from "../support/excelMock";

function reportOf(communes: number) {
  const members = Array.from({ length: communes }, (_, index) => aMember(String(21001 + index), { weights: { postes: 10 + index } }));
  const scenario = aScenario({ members, costItems: [aCostItem("internet", { amount: "1000.00" }), aCostItem("sig", { set: "B", amount: "333.33", key: "equal" })] });
  const result = computeQuoteParts(scenario);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { report: formatQuotePartReport(result.value), scenario };
}

function contextOf(scenario: ReturnType<typeof aScenario>) {
  return {
    runId: "20250301T090000000Z-abcd",
    statusLabel: "calculé",
    items: scenario.costItems.map((item) => ({ id: item.id, label: item.label, set: item.set, amount: String(item.amount), key: (item.key ?? "postes") as "postes" })),
    names: new Map(scenario.members.map((member) => [member.id, member.name])),
    metropole: { id: METROPOLE_ID, name: "Dijon Métropole" },
  };
}

describe("planQuotePartsSheet", () => {
  test("a table per item with the Métropole's rest, a totals table, a check row and a chart", () => {
    const { report, scenario } = reportOf(3);
    const plan = planQuotePartsSheet(report, contextOf(scenario));
    expect(plan.sheetName).toBe("Quotes-parts 2025");
    expect(plan.tables.map((table) => table.name)).toEqual(["QuotesParts_2025_internet", "QuotesParts_2025_sig", "QuotesParts_2025_Totaux"]);
    const values = plan.ops.flatMap((op) => (op.kind === "values" ? op.grid.flat() : []));
    expect(values).toContain("Dijon Métropole (reste à charge)");
    expect(values).toContain("Contrôle : postes = communes + Métropole — OK");
    expect(values).toContain("Commune 21001");
    expect(plan.chart).toMatchObject({ type: "ColumnClustered", title: "Quote-part 2025 par commune" });
    const euro = plan.ops.filter((op) => op.kind === "numberFormats" && op.grid.flat().includes(EURO_FORMAT));
    expect(euro.length).toBe(plan.tables.length + 1);
  });

  test("the item tables add up exactly to each amount", () => {
    const { report, scenario } = reportOf(5);
    const plan = planQuotePartsSheet(report, contextOf(scenario));
    const itemTable = plan.tables[1]!;
    const grid = plan.ops.find((op) => op.kind === "values" && op.address === itemTable.address);
    if (grid?.kind !== "values") throw new Error("no grid");
    const cents = grid.grid.slice(1).reduce((total, row) => total + Math.round(Number(row[6]) * 100), 0);
    expect(cents).toBe(33333);
  });

  test.each([3, 23, 200])("is written with its tables and chart in two requests at most (%i communes)", async (communes) => {
    const { report, scenario } = reportOf(communes);
    const excel = createExcelMock({ sheets: [{ name: "Quotes-parts 2025", position: 2 }] });
    const plan = planQuotePartsSheet(report, contextOf(scenario));
    await writeTableSheet(excel.context, plan);
    expect(excel.sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.calls).toContain("delete Quotes-parts 2025");
    expect(excel.calls.filter((call) => call.startsWith("addTable"))).toHaveLength(3);
    expect(excel.calls).toContain("addChart ColumnClustered");
  });
});
