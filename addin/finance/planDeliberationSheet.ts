import { columnLetter } from "../../shared/layout/columnLetter";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import type { DeliberationView } from "../api/apiTypes";
import type { SheetOp } from "../sheet/SheetOp";
import type { SheetValue } from "../sheet/TemplatePlan";
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import { formatDay } from "../ui/format/formatDateTime";
import { EURO_FORMAT, TEXT_FORMAT } from "./euroFormats";
import { moneyNumber, signedCents } from "./signedCents";

/** The sheet the council's table of a year is written into. */
export function deliberationSheetName(year: number): string {
  return `Délibération ${year}`;
}

/** Where the members' table starts (its header row); the row above groups its columns by period. */
export const DELIBERATION_HEADER_ROW = 6;
const FORMATS = [TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT];
const TITLE_COLOR = "#1F3864";

/** « calcul 2025…-ab12 (publié, données au 1er mars 2025) ». */
function runText(run: DeliberationView["runs"]["year"]): string {
  return `calcul ${run.runId}${run.fullYear ? " en année pleine" : ""} (${run.statusLabel}, données au ${formatDay(run.cutoff)})`;
}

/**
 * Plans the sheet "Délibération <year>": the council's table (« tableau de la délibération ») as the
 * API gives it — the runs it is drawn from, then per member commune its participation and AC
 * adjustment for « Année N » and « Années N+1 et suivantes » (an Excel table, columns grouped by
 * period), the communes' total, the part invoiced directly, the Métropole's part, the cost of the
 * shared services and a check computed exactly in cents, the notes, and a native column chart of
 * the participation in year N of each commune taking part, under them (one page wide).
 */
export function planDeliberationSheet(table: DeliberationView): TableSheetPlan {
  const { year, columns } = table;
  const header = ["Code INSEE", "Commune", `Participation ${columns.year} (€)`, `Ajustement de l'AC ${columns.year} (€)`, `Participation ${columns.followingYears} (€)`, `Ajustement de l'AC ${columns.followingYears} (€)`];
  const rows: SheetValue[][] = table.members.map((member) => [
    member.id,
    member.name,
    moneyNumber(member.year.participation),
    moneyNumber(member.year.acAdjustment),
    moneyNumber(member.followingYears.participation),
    moneyNumber(member.followingYears.acAdjustment),
  ]);
  if (rows.length === 0) rows.push(["", "Aucune commune participante", "", "", "", ""]);
  const lastColumn = columnLetter(header.length);
  const headerRow = DELIBERATION_HEADER_ROW;
  const lastRow = headerRow + rows.length;
  const ops: SheetOp[] = [
    { kind: "columns", columns: [80, 210, 125, 125, 125, 125].map((widthPoints, index) => ({ address: `${columnLetter(index + 1)}:${columnLetter(index + 1)}`, widthPoints, hidden: false })) },
    {
      kind: "values",
      address: "A1:A3",
      grid: [
        [`Tableau de la délibération — services communs ${year} — ${table.epci.name}`],
        [`${columns.year} : ${runText(table.runs.year)} · ${columns.followingYears} : ${runText(table.runs.followingYears)}`],
        ["Participation de chaque commune aux services communs et ajustement de son attribution de compensation (AC) ; un ajustement négatif diminue l'AC versée. Montants en euros."],
      ],
    },
    { kind: "format", run: { address: "A1", format: { bold: true, fontSize: 14, fontColor: TITLE_COLOR } } },
    { kind: "format", run: { address: "A2:A3", format: { italic: true, fontColor: "#595959" } } },
    // The periods over their two columns each, as the CLECT tables show them.
    { kind: "values", address: `C${headerRow - 1}:${lastColumn}${headerRow - 1}`, grid: [[columns.year, "", columns.followingYears, ""]] },
    { kind: "merge", address: `C${headerRow - 1}:D${headerRow - 1}` },
    { kind: "merge", address: `E${headerRow - 1}:F${headerRow - 1}` },
    { kind: "format", run: { address: `C${headerRow - 1}:${lastColumn}${headerRow - 1}`, format: { bold: true, horizontal: "Center", fill: "#D9E1F2", fontColor: TITLE_COLOR, borders: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"], borderColor: "#8EA9DB" } } },
    { kind: "numberFormats", address: `A${headerRow}:${lastColumn}${lastRow}`, grid: [header.map(() => TEXT_FORMAT), ...rows.map(() => [...FORMATS])] },
    { kind: "values", address: `A${headerRow}:${lastColumn}${lastRow}`, grid: [header, ...rows] },
    { kind: "format", run: { address: `A${headerRow}:${lastColumn}${headerRow}`, format: { wrap: true, vertical: "Top" } } },
    { kind: "freezeRows", rows: headerRow },
  ];

  // Below the table: totals of each period, and the check that communes + Métropole = cost of the services.
  const totals = table.totals;
  const check = (period: "year" | "followingYears") => signedCents(totals[period].costItems) - signedCents(totals[period].communes) - signedCents(totals[period].metropole);
  const gaps = [check("year"), check("followingYears")];
  const ok = gaps.every((gap) => gap === 0n);
  const money = moneyNumber;
  const summary: SheetValue[][] = [
    ["", "Total des communes", money(totals.year.communes), money(totals.year.acAdjustment), money(totals.followingYears.communes), money(totals.followingYears.acAdjustment)],
    ["", "dont refacturé directement (hors AC)", money(totals.year.invoiced), "", money(totals.followingYears.invoiced), ""],
    ["", `${table.metropole.name} (reste à charge)`, money(table.metropole.year), "", money(table.metropole.followingYears), ""],
    ["", "Coût total des services communs", money(totals.year.costItems), "", money(totals.followingYears.costItems), ""],
    ["", ok ? "Contrôle : communes + Métropole = coût total — OK" : "Contrôle : ÉCART entre le coût total et sa répartition", money(formatCents(gaps[0]!)), "", money(formatCents(gaps[1]!)), ""],
  ];
  const summaryRow = lastRow + 1;
  const summaryEnd = summaryRow + summary.length - 1;
  ops.push(
    { kind: "numberFormats", address: `A${summaryRow}:${lastColumn}${summaryEnd}`, grid: summary.map(() => [...FORMATS]) },
    { kind: "values", address: `A${summaryRow}:${lastColumn}${summaryEnd}`, grid: summary },
    { kind: "format", run: { address: `A${summaryRow}:${lastColumn}${summaryRow}`, format: { bold: true, borders: ["EdgeTop"], borderColor: "#A6A6A6" } } },
    { kind: "format", run: { address: `A${summaryRow + 3}:${lastColumn}${summaryRow + 3}`, format: { bold: true } } },
    { kind: "format", run: { address: `B${summaryEnd}:${lastColumn}${summaryEnd}`, format: { bold: true, fill: ok ? "#DFF6DD" : "#FDE7E9" } } },
  );
  let end = summaryEnd;
  if (table.notes.length > 0) {
    const notesRow = summaryEnd + 2;
    end = notesRow + table.notes.length;
    ops.push(
      { kind: "values", address: `A${notesRow}:A${notesRow + table.notes.length}`, grid: [["Précisions"], ...table.notes.map((note) => [note])] },
      { kind: "format", run: { address: `A${notesRow}`, format: { bold: true, fontColor: TITLE_COLOR } } },
    );
  }
  // The chart's data: the communes that take part in year N (a bar per commune, none for the others).
  const charted = table.members.filter((member) => signedCents(member.year.participation) !== 0n);
  const chartTitle = `Participation par commune — ${columns.year}`;
  let chart: TableSheetPlan["chart"];
  if (charted.length > 0) {
    const titleRow = end + 2;
    const dataHeader = titleRow + 1;
    const dataEnd = dataHeader + charted.length;
    ops.push(
      { kind: "values", address: `A${titleRow}`, grid: [[`${chartTitle} (communes participantes)`]] },
      { kind: "format", run: { address: `A${titleRow}`, format: { bold: true, fontColor: TITLE_COLOR } } },
      { kind: "numberFormats", address: `B${dataHeader}:C${dataEnd}`, grid: [[TEXT_FORMAT, TEXT_FORMAT], ...charted.map(() => [TEXT_FORMAT, EURO_FORMAT])] },
      { kind: "values", address: `B${dataHeader}:C${dataEnd}`, grid: [["Commune", `Participation ${columns.year} (€)`], ...charted.map((member): SheetValue[] => [member.name, moneyNumber(member.year.participation)])] },
      { kind: "format", run: { address: `B${dataHeader}:C${dataHeader}`, format: { bold: true, borders: ["EdgeBottom"], borderColor: "#A6A6A6" } } },
    );
    chart = { type: "ColumnClustered", source: `B${dataHeader}:C${dataEnd}`, title: chartTitle, topLeft: `A${dataEnd + 2}`, bottomRight: `F${dataEnd + 22}` };
  }
  return {
    sheetName: deliberationSheetName(year),
    ops,
    tables: [{ name: `Deliberation_${year}`, address: `A${headerRow}:${lastColumn}${lastRow}`, style: "TableStyleMedium2" }],
    ...(chart ? { chart } : {}),
    select: "A1",
  };
}
