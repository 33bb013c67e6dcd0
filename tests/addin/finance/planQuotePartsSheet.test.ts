import { planQuotePartsSheet, type QuotePartsSheetContext } from "../../../addin/finance/planQuotePartsSheet";
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

function contextOf(scenario: ReturnType<typeof aScenario>, extra: Partial<QuotePartsSheetContext> = {}): QuotePartsSheetContext {
  return {
    runId: "20250301T090000000Z-abcd",
    statusLabel: "calculé",
    cutoff: "2025-03-01",
    items: scenario.costItems.map((item) => ({ id: item.id, label: item.label, set: item.set, amount: String(item.amount), key: (item.key ?? "postes") as "postes" })),
    metropole: { id: METROPOLE_ID, name: "Dijon Métropole" },
    ...extra,
  };
}

const valuesOf = (plan: ReturnType<typeof planQuotePartsSheet>) => plan.ops.flatMap((op) => (op.kind === "values" ? op.grid.flat() : []));

describe("planQuotePartsSheet", () => {
  test("the summary with its check, a totals table with each member's settlement and a chart, then a table per item with the Métropole's rest", () => {
    const { report, scenario } = reportOf(3);
    const plan = planQuotePartsSheet(report, contextOf(scenario));
    expect(plan.sheetName).toBe("Quotes-parts 2025");
    expect(plan.tables.map((table) => table.name)).toEqual(["QuotesParts_2025_Totaux", "QuotesParts_2025_internet", "QuotesParts_2025_sig"]);
    const values = valuesOf(plan);
    expect(values).toContain("Dijon Métropole (reste à charge)");
    expect(values).toContain("Contrôle : postes = communes + Métropole — OK");
    expect(values).toContain("Commune 21001");
    expect(values).toContain("Données au 1er mars 2025");
    expect(values).toContain("Déjà compris dans l'AC (€)");
    expect(plan.chart).toMatchObject({ type: "ColumnClustered", title: "Participation 2025 par commune" });
    const euro = plan.ops.filter((op) => op.kind === "numberFormats" && op.grid.flat().includes(EURO_FORMAT));
    // The summary, the totals table and its sum row, each item table.
    expect(euro.length).toBe(plan.tables.length + 2);
  });

  test("the item tables add up exactly to each amount", () => {
    const { report, scenario } = reportOf(5);
    const plan = planQuotePartsSheet(report, contextOf(scenario));
    const itemTable = plan.tables.find((table) => table.name.endsWith("_sig"))!;
    const grid = plan.ops.find((op) => op.kind === "values" && op.address === itemTable.address);
    if (grid?.kind !== "values") throw new Error("no grid");
    const cents = grid.grid.slice(1).reduce((total, row) => total + Math.round(Number(row[6]) * 100), 0);
    expect(cents).toBe(33333);
  });

  test("a corrective run says what it replaces and why, lists its warnings and the difference per member", () => {
    const { report, scenario } = reportOf(2);
    const plan = planQuotePartsSheet(
      report,
      contextOf(scenario, {
        corrects: "20250201T090000000Z-0000",
        correctionReason: "Postes de Chenôve omis",
        warnings: [{ message: "Le poste « SIG » n'a aucune commune participante." }],
        differences: [{ id: "21001", name: "Commune 21001", before: { amount: "10.00", acAdjustment: "-10.00" }, after: { amount: "12.50", acAdjustment: "-12.50" }, difference: { amount: "2.50", acAdjustment: "-2.50" } }],
      }),
    );
    const values = valuesOf(plan);
    expect(values).toContain("Données au 1er mars 2025 · calcul correctif : annule et remplace le calcul 20250201T090000000Z-0000 — motif : Postes de Chenôve omis");
    expect(values).toContain("Avertissements (1) — à confirmer avant de publier");
    expect(values).toContain("Le poste « SIG » n'a aucune commune participante.");
    expect(plan.tables.map((table) => table.name)).toContain("QuotesParts_2025_Ecarts");
    expect(values).toEqual(expect.arrayContaining(["21001", 10, 12.5, 2.5, -10, -12.5, -2.5]));
    const published = valuesOf(planQuotePartsSheet(report, contextOf(scenario, { status: "publie", statusLabel: "publié", warnings: [{ message: "…" }] })));
    expect(published).toContain("Avertissements (1) — confirmés à la publication");
  });

  test("a run « en année pleine » has its own sheet, tables and chart title", () => {
    const { report, scenario } = reportOf(2);
    const plan = planQuotePartsSheet(report, contextOf(scenario, { fullYear: true }));
    expect(plan.sheetName).toBe("Quotes-parts année pleine 2025");
    expect(plan.tables[0]!.name).toBe("QuotesPartsAnneePleine_2025_Totaux");
    expect(plan.chart?.title).toBe("Participation 2025 par commune (année pleine)");
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
