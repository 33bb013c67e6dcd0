import type { RunExport } from "./RunExport";
import { toCsvCell, type CsvCell } from "./toCsvCell";

const BOM = "\uFEFF";
const LINE_HEADERS = ["Poste", "Libellé", "Ensemble", "Clé de répartition", "Code", "Nom", "Poids", "Poids total"];
const TOTAL_HEADERS = ["Code INSEE", "Commune", "Quote-part totale (€)", "Ajustement de l'attribution de compensation (€)"];

const decimal = (text: string): CsvCell => ({ decimal: text });
const csvLine = (cells: readonly CsvCell[]) => cells.map(toCsvCell).join(";");

/**
 * The quote-parts as a CSV for French spreadsheets: UTF-8 with a byte-order mark, `;` separator,
 * decimal comma, CRLF line ends. One line per share (the Métropole's rest included) with its
 * derivation, then a totals section: each commune's total and AC adjustment, and their sums.
 */
export function buildQuotePartCsv(run: RunExport): string {
  const lines = [csvLine([...LINE_HEADERS, run.periodsLabel, "Montant exact (€)", "Montant (€)"])];
  for (const item of run.items) {
    for (const line of item.lines) {
      lines.push(
        csvLine([
          item.id,
          item.label,
          item.set,
          item.keyLabel,
          line.code,
          line.name,
          decimal(line.weight),
          decimal(line.totalWeight),
          line.periods === undefined ? "" : decimal(String(line.periods)),
          decimal(line.exact),
          decimal(line.amount),
        ]),
      );
    }
  }
  lines.push("", csvLine([`Totaux par commune ${run.year}`]), csvLine(TOTAL_HEADERS));
  for (const total of run.totals) lines.push(csvLine([total.code, total.name, decimal(total.amount), decimal(total.acAdjustment)]));
  lines.push(csvLine(["Total", "Communes", decimal(run.sums.communes), decimal(run.sums.acAdjustment)]));
  lines.push(csvLine([run.metropole.id, `${run.metropole.name} (reste à charge)`, decimal(run.sums.metropole), ""]));
  lines.push(csvLine(["Total", "Postes de coût", decimal(run.sums.items), ""]));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
