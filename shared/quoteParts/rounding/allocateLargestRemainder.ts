import { divideRoundHalfUp } from "./divideRoundHalfUp";

/**
 * Rounds the shares `numerators[i] / denominator` to whole units by the largest-remainder method:
 * each share is rounded down, then the leftover units — so many that the rounded shares add up to
 * Σ shares rounded half up — go one at a time to the largest remainders, ties to the lower index
 * (callers order their shares by the tie-break they want). Each result is within one unit of its
 * share. Numerators are non-negative, the denominator positive; exact, no floating point.
 */
export function allocateLargestRemainder(numerators: readonly bigint[], denominator: bigint): bigint[] {
  const units: bigint[] = [];
  const remainders: bigint[] = [];
  let total = 0n;
  let rounded = 0n;
  for (const numerator of numerators) {
    const unit = numerator / denominator;
    units.push(unit);
    remainders.push(numerator - unit * denominator);
    total += numerator;
    rounded += unit;
  }
  const leftover = Number(divideRoundHalfUp(total, denominator) - rounded);
  if (leftover > 0) {
    const byRemainder = units.map((_, index) => index);
    byRemainder.sort((a, b) => {
      const [ra, rb] = [remainders[a] ?? 0n, remainders[b] ?? 0n];
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (const index of byRemainder.slice(0, leftover)) units[index] = (units[index] ?? 0n) + 1n;
  }
  return units;
}
