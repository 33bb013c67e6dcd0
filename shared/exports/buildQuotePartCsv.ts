import { formatFrenchDay } from "../calendar/formatFrenchDate";
import type { RunExport } from "./RunExport";
import { toCsvCell, type CsvCell } from "./toCsvCell";
import { DIFFERENCE_HEADERS } from "./differenceHeaders";

const BOM = "\uFEFF";
const SETTLEMENT_HEADERS = [
  "Code INSEE",
  "Commune",
  "Participation (€)",
  "Dont refacturé directement (€)",
  "Déjà compris dans l'attribution de compensation (€)",
  "Ajustement de l'attribution de compensation (€)",
];
const LINE_HEADERS = ["Poste", "Libellé", "Ensemble", "Clé de répartition", "Code", "Nom", "Poids", "Poids total"];

const decimal = (text: string): CsvCell => ({ decimal: text });
const csvLine = (cells: readonly CsvCell[]) => cells.map(toCsvCell).join(";");

/** Which run this is: id, cut-off, status, and what replaces what. */
function identification(run: RunExport): string[] {
  const { run: identity, metropole } = run;
  return [
    csvLine([`Quote-parts ${run.year}`, `${metropole.name} (SIREN ${metropole.id})`]),
    csvLine(["Calcul", identity.runId]),
    csvLine(["Date d'arrêté", formatFrenchDay(identity.cutoff)]),
    csvLine(["Statut", identity.statusLabel]),
    ...(identity.fullYear ? [csvLine(["En année pleine", "oui : chaque adhésion en vigueur à l'arrêté comptée 12 mois"])] : []),
    ...(identity.corrects ? [csvLine(["Annule et remplace le calcul", identity.corrects.runId]), csvLine(["Motif de la correction", identity.corrects.reason])] : []),
    ...(identity.replacedBy ? [csvLine(["Remplacé par le calcul", identity.replacedBy.runId]), csvLine(["Remplacé le", formatFrenchDay(identity.replacedBy.on)])] : []),
  ];
}

/** Each member's settlement, then the totals block: communes (participation, invoiced, already in the AC, AC), the Métropole's part, the items. */
function settlement(run: RunExport): string[] {
  const { sums } = run;
  return [
    csvLine([`Règlement par commune ${run.year}`]),
    csvLine(SETTLEMENT_HEADERS),
    ...run.totals.map((total) => csvLine([total.code, total.name, decimal(total.amount), decimal(total.invoiced), decimal(total.acAlreadyIncluded), decimal(total.acAdjustment)])),
    csvLine(["Total", "Communes", decimal(sums.communes), decimal(sums.invoiced), decimal(sums.acAlreadyIncluded), decimal(sums.acAdjustment)]),
    csvLine([run.metropole.id, `${run.metropole.name} (reste à charge)`, decimal(sums.metropole), "", "", ""]),
    csvLine(["Total", "Postes de coût", decimal(sums.items), "", "", ""]),
  ];
}

/** A corrective run's differences per member against the run it replaces. */
function differences(run: RunExport): string[] {
  if (!run.differences) return [];
  const rows = run.differences.members.map(({ id, name, before, after, difference }) =>
    csvLine([id, name, decimal(before.amount), decimal(after.amount), decimal(difference.amount), decimal(before.acAdjustment), decimal(after.acAdjustment), decimal(difference.acAdjustment)]),
  );
  return ["", csvLine([`Écarts avec le calcul remplacé ${run.differences.against}`]), csvLine(DIFFERENCE_HEADERS), ...(rows.length > 0 ? rows : [csvLine(["Aucun écart"])])];
}

/** One line per share (the Métropole's rest included) with its derivation. */
function detail(run: RunExport): string[] {
  const lines = [csvLine(["Détail par poste de coût"]), csvLine([...LINE_HEADERS, run.periodsLabel, "Montant exact (€)", "Montant (€)"])];
  for (const item of run.items) {
    for (const line of item.lines) {
      const periods = line.periods === undefined ? "" : decimal(String(line.periods));
      lines.push(csvLine([item.id, item.label, item.set, item.keyLabel, line.code, line.name, decimal(line.weight), decimal(line.totalWeight), periods, decimal(line.exact), decimal(line.amount)]));
    }
  }
  return lines;
}

/**
 * A run's quote-parts as a CSV for French spreadsheets: UTF-8 with a byte-order mark, `;`
 * separator, decimal comma, CRLF line ends, text that would start a formula neutralised. Sections
 * separated by a blank line: which run (id, cut-off, status, correction or replacement), each
 * member's settlement with the totals block, a corrective run's differences with the run it
 * replaces, then every share with its derivation.
 */
export function buildQuotePartCsv(run: RunExport): string {
  const lines = [...identification(run), "", ...settlement(run), ...differences(run), "", ...detail(run)];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
