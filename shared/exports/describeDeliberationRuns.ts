import { formatFrenchDay } from "../calendar/formatFrenchDate";
import type { DeliberationTable } from "./DeliberationTable";

/** Which run each column of the council's table comes from, in French: « Année 2025 : calcul … · arrêté au 01/03/2025 · statut : publié ». */
export function describeDeliberationRuns(table: DeliberationTable): [string, string] {
  const { runs, columns } = table;
  return [
    `${columns.year} : calcul ${runs.year.runId} · arrêté au ${formatFrenchDay(runs.year.cutoff)} · statut : ${runs.year.statusLabel}`,
    `${columns.followingYears} : calcul ${runs.followingYears.runId} en année pleine · arrêté au ${formatFrenchDay(runs.followingYears.cutoff)} · statut : ${runs.followingYears.statusLabel}`,
  ];
}
