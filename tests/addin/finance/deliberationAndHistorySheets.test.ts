import type { AuditEntryView, DeliberationView, MemberDifference } from "../../../addin/api/apiTypes";
import { describeHistoryEntry } from "../../../addin/finance/describeHistoryEntry";
import { describeMemberDifference } from "../../../addin/finance/describeMemberDifference";
import { planDeliberationSheet } from "../../../addin/finance/planDeliberationSheet";
import { planFinanceHistorySheet } from "../../../addin/finance/planFinanceHistorySheet";
import { writeTableSheet } from "../../../addin/office/writeTableSheet";
import { createExcelMock } from "../support/excelMock";

const run = (runId: string, fullYear: boolean) => ({ runId, cutoff: "2025-12-31", status: fullYear ? ("calcule" as const) : ("publie" as const), statusLabel: fullYear ? "calculé" : "publié", fullYear });
const figures = (participation: string, acAdjustment: string) => ({ participation, acAdjustment });
const totals = (communes: string, invoiced: string, acAdjustment: string, metropole: string, costItems: string) => ({ communes, invoiced, acAdjustment, metropole, costItems });

/** The 2020 CLECT figures of Dijon and Neuilly-Crimolois, and a commune that joins next year. */
const TABLE: DeliberationView = {
  year: 2025,
  epci: { id: "242100410", name: "Dijon Métropole" },
  columns: { year: "Année 2025", followingYears: "Années 2026 et suivantes" },
  runs: { year: run("R1", false), followingYears: run("R2", true) },
  members: [
    { id: "21231", name: "Dijon + CCAS", year: figures("7858606.00", "-7437606.00"), followingYears: figures("7858606.00", "-7437606.00") },
    { id: "21452", name: "Neuilly-Crimolois", year: figures("3000.00", "-2000.00"), followingYears: figures("3000.00", "-2000.00") },
    { id: "21617", name: "Talant", year: figures("0.00", "0.00"), followingYears: figures("1200.10", "-1200.10") },
  ],
  metropole: { id: "242100410", name: "Dijon Métropole", year: "1000000.00", followingYears: "998799.90" },
  totals: { year: totals("7861606.00", "1000.00", "-7439606.00", "1000000.00", "8861606.00"), followingYears: totals("7862806.10", "1000.00", "-7440806.10", "998799.90", "8861606.00") },
  notes: ["Neuilly-Crimolois : part de sa participation refacturée directement, hors attribution de compensation, 1 000,00 € en 2025 comme à compter de 2026."],
};

const valuesOf = (ops: ReturnType<typeof planDeliberationSheet>["ops"]) => ops.flatMap((op) => (op.kind === "values" ? op.grid.flat() : []));

describe("the deliberation sheet", () => {
  test("the council's two columns per member, the totals, the Métropole, a check exact in cents, the notes and a chart of the communes taking part", () => {
    const plan = planDeliberationSheet(TABLE);
    expect(plan.sheetName).toBe("Délibération 2025");
    expect(plan.tables).toEqual([{ name: "Deliberation_2025", address: "A6:F9", style: "TableStyleMedium2" }]);
    const values = valuesOf(plan.ops);
    expect(values).toEqual(expect.arrayContaining(["Année 2025", "Années 2026 et suivantes", "Dijon + CCAS", 7858606, -7437606, "Dijon Métropole (reste à charge)", "Contrôle : communes + Métropole = coût total — OK"]));
    expect(values).toContain(TABLE.notes[0]);
    expect(plan.ops).toContainEqual({ kind: "merge", address: "C5:D5" });
    // Talant pays nothing in 2025: no bar for it.
    const chartData = plan.ops.find((op) => op.kind === "values" && op.address === plan.chart!.source);
    expect(chartData?.kind === "values" && chartData.grid).toEqual([["Commune", "Participation Année 2025 (€)"], ["Dijon + CCAS", 7858606], ["Neuilly-Crimolois", 3000]]);
    expect(plan.chart).toMatchObject({ type: "ColumnClustered", title: "Participation par commune — Année 2025" });
  });

  test("a gap between the cost and its distribution is shown, never hidden", () => {
    const plan = planDeliberationSheet({ ...TABLE, totals: { ...TABLE.totals, year: { ...TABLE.totals.year, costItems: "8861606.01" } } });
    const values = valuesOf(plan.ops);
    expect(values).toContain("Contrôle : ÉCART entre le coût total et sa répartition");
    expect(values).toContain(0.01);
  });

  test("is written with its table and chart in two requests", async () => {
    const excel = createExcelMock({ sheets: [] });
    await writeTableSheet(excel.context, planDeliberationSheet(TABLE));
    expect(excel.sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.calls).toContain("addChart ColumnClustered");
  });
});

const entry = (seq: number, action: string, target: string, details: Record<string, unknown>): AuditEntryView => ({
  chain: "finance",
  seq,
  at: `2025-03-0${seq}T09:00:00.000Z`,
  actor: "finance:agent",
  action,
  target,
  details,
  prevHash: "",
  hash: "",
});
const NAMES = { communes: new Map([["21231", "Dijon"]]), items: new Map([["internet", "Accès Internet"]]) };

describe("the finance history", () => {
  test("each entry told in French, amounts before and after exact, reasons kept", () => {
    const lines = (value: ReturnType<typeof describeHistoryEntry>) => ({ title: value.title, lines: value.lines.map((line) => line.replace(/\s/g, " ")) });
    expect(lines(describeHistoryEntry(entry(1, "costitems.save", "costitems:2025", { before: [{ id: "internet", label: "Accès Internet", amount: "0.10" }], after: [{ id: "internet", label: "Accès Internet", amount: "0.30" }, { id: "sig", label: "SIG", amount: "0.20" }] }), NAMES))).toEqual({
      title: "Postes de coût modifiés",
      lines: ["Accès Internet (internet) : 0,10 € → 0,30 €", "Nouveau poste SIG (sig) : 0,20 €", "Total 0,10 € → 0,50 €"],
    });
    expect(describeHistoryEntry(entry(2, "correction.open", "correction:2025", { reason: "Erreur de postes", replaces: "R1" }), NAMES)).toEqual({ title: "Correction ouverte", lines: ["Motif : Erreur de postes", "Calcul publié à remplacer : R1"] });
    expect(describeHistoryEntry(entry(3, "run.publishCorrection", "run:2025:R3", { replaces: "R1", reason: "Erreur de postes", warningsAcknowledged: ["Talant n'est pas comptée."] }), NAMES)).toEqual({
      title: "Calcul correctif publié",
      lines: [
        "Calcul R3","Annule et remplace le calcul R1 — motif : Erreur de postes", "Avertissements confirmés : Talant n'est pas comptée."],
    });
  });

  test("the sheet: an entry per block, its details one per row, in a table", () => {
    const entries = [
      entry(1, "financeconfig.save", "financeconfig:2025", { after: { "21231": { acAlreadyIncluded: "421000.00", withCcas: true } } }),
      entry(2, "run.compute", "run:2025:R1", { cutoff: "2025-12-31", warnings: 2, summary: { costItems: "10.00", communes: "6.00", invoiced: "0.00", acAdjustment: "-6.00", metropole: "4.00" } }),
    ];
    const plan = planFinanceHistorySheet(2025, entries, NAMES);
    expect(plan.sheetName).toBe("Historique finances 2025");
    const table = plan.ops.find((op) => op.kind === "values" && op.address === plan.tables[0]!.address);
    if (table?.kind !== "values") throw new Error("no table");
    expect(table.grid.map((row) => row.map((value) => String(value).replace(/\s/g, " ")))).toEqual([
      ["Date", "Par", "Événement", "Détail"],
      ["01/03/2025 10:00", "finance:agent", "Règlement par commune saisi", "Dijon : comptée avec son CCAS ; déjà compris dans l'AC 0,00 € → 421 000,00 €"],
      ["02/03/2025 10:00", "finance:agent", "Calcul des quotes-parts", "Calcul R1"],
      ["", "", "", "Données au 31 décembre 2025"],
      ["", "", "", "Communes 6,00 € (dont refacturé 0,00 €) · ajustement des AC -6,00 € · Métropole 4,00 €"],
      ["", "", "", "2 avertissements"],
    ]);
  });

  test("a corrective run's difference per member, signed", () => {
    const difference: MemberDifference = { id: "21231", name: "Dijon", before: { amount: "100.00", acAdjustment: "-100.00" }, after: { amount: "80.50", acAdjustment: "-80.50" }, difference: { amount: "-19.50", acAdjustment: "19.50" } };
    expect(describeMemberDifference(difference).replace(/\s/g, " ")).toBe("Dijon : participation 100,00 € → 80,50 € (−19,50 €) ; ajustement de l'AC -100,00 € → -80,50 € (+19,50 €)");
  });
});
