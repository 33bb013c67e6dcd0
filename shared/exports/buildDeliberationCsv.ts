import type { DeliberationTable } from "./DeliberationTable";
import { describeDeliberationRuns } from "./describeDeliberationRuns";
import { toCsvCell, type CsvCell } from "./toCsvCell";

const BOM = "\uFEFF";

const decimal = (text: string): CsvCell => ({ decimal: text });
const csvLine = (cells: readonly CsvCell[]) => cells.map(toCsvCell).join(";");

/**
 * The council's table as a CSV for French spreadsheets (UTF-8 with a byte-order mark, `;`, decimal
 * comma, CRLF, formulas neutralised): which runs, then one line per member — participation and AC
 * adjustment for « Année N » and « Années N+1 et suivantes » — the communes' total, the Métropole's
 * line, the total cost of the services, and the notes.
 */
export function buildDeliberationCsv(table: DeliberationTable): string {
  const { columns, totals, metropole } = table;
  const headers = [
    "Code",
    "Entité",
    `Participation ${columns.year} (€)`,
    `Participation ${columns.followingYears} (€)`,
    `Ajustement de l'attribution de compensation ${columns.year} (€)`,
    `Ajustement de l'attribution de compensation ${columns.followingYears} (€)`,
  ];
  const lines = [
    csvLine([`Tableau de la délibération — quote-parts ${table.year}`, `${table.epci.name} (SIREN ${table.epci.id})`]),
    ...describeDeliberationRuns(table).map((text) => csvLine([text])),
    "",
    csvLine(headers),
    ...table.members.map((member) =>
      csvLine([member.id, member.name, decimal(member.year.participation), decimal(member.followingYears.participation), decimal(member.year.acAdjustment), decimal(member.followingYears.acAdjustment)]),
    ),
    csvLine(["Total", "Communes", decimal(totals.year.communes), decimal(totals.followingYears.communes), decimal(totals.year.acAdjustment), decimal(totals.followingYears.acAdjustment)]),
    csvLine([metropole.id, metropole.name, decimal(metropole.year), decimal(metropole.followingYears), "", ""]),
    csvLine(["Total", "Coût total des services communs", decimal(totals.year.costItems), decimal(totals.followingYears.costItems), "", ""]),
    ...(table.notes.length > 0 ? ["", csvLine(["Notes"]), ...table.notes.map((note) => csvLine([note]))] : []),
  ];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
