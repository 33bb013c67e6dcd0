import type { Period } from "./Period";

/** Number of days from `start` (included) to `end` (excluded) that lie in at least one of the periods (their union). */
export function countDays(periods: readonly Period[], start: number, end: number): number {
  const clipped = periods
    .map((period) => ({ from: Math.max(period.from, start), to: Math.min(period.to ?? end, end) }))
    .filter((period) => period.from < period.to)
    .sort((a, b) => a.from - b.from);
  let days = 0;
  let reached = start;
  for (const period of clipped) {
    days += Math.max(0, period.to - Math.max(period.from, reached));
    reached = Math.max(reached, period.to);
  }
  return days;
}
