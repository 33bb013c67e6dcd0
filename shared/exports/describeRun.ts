import { formatFrenchDay } from "../calendar/formatFrenchDate";
import type { RunExportIdentity } from "./RunExport";

/**
 * What an export says about the run it shows, in French, one statement a line: its id, cut-off
 * and status, then whether it is « en année pleine », a corrective run (the run it cancels and
 * replaces, and why) or a replaced one (by which run, since when).
 */
export function describeRun(run: RunExportIdentity): string[] {
  const lines = [`Calcul ${run.runId} · arrêté au ${formatFrenchDay(run.cutoff)} · statut : ${run.statusLabel}`];
  if (run.fullYear) lines.push("En année pleine : chaque adhésion en vigueur à l'arrêté comptée 12 mois (calcul qui ne se publie pas)");
  if (run.corrects) lines.push(`Calcul correctif : annule et remplace le calcul ${run.corrects.runId} (motif : ${run.corrects.reason})`);
  if (run.replacedBy) lines.push(`Remplacé le ${formatFrenchDay(run.replacedBy.on)} par le calcul correctif ${run.replacedBy.runId} (annule et remplace) : ce calcul n'est plus en vigueur`);
  return lines;
}
