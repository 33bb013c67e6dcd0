import { formatFrenchDay } from "../../shared/calendar/formatFrenchDate";
import type { RunExport } from "../../shared/exports/RunExport";
import { headerFooterText } from "./headerFooterText";

/**
 * The printed header and footer of every sheet of a run's workbook: the EPCI, the year and the
 * sheet's name, the run's id; its cut-off, its status (and what it replaces or what replaced it),
 * the page number.
 */
export function runHeaderFooter(run: RunExport): { header: string; footer: string } {
  const { run: identity } = run;
  const status = [
    `Arrêté au ${formatFrenchDay(identity.cutoff)}`,
    `statut : ${identity.statusLabel}`,
    ...(identity.fullYear ? ["en année pleine"] : []),
    ...(identity.corrects ? [`annule et remplace ${identity.corrects.runId}`] : []),
    ...(identity.replacedBy ? [`remplacé par ${identity.replacedBy.runId}`] : []),
  ].join(" · ");
  return {
    header: headerFooterText({ left: run.metropole.name, center: `Quote-parts ${run.year} — `, right: `Calcul ${identity.runId}`, codes: { center: "&A" } }),
    footer: headerFooterText({ left: status, right: "Page ", codes: { right: "&P / &N" } }),
  };
}
