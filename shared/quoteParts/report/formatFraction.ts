import { divideRoundHalfUp } from "../rounding/divideRoundHalfUp";

const POWERS_OF_TEN = Array.from({ length: 21 }, (_, n) => 10n ** BigInt(n));

/**
 * Writes `numerator / denominator` with exactly `decimals` decimals (0–20), rounded half up (away
 * from zero), never `-0.00`: `formatFraction(12345n, 100n, 2)` is `"123.45"`.
 */
export function formatFraction(numerator: bigint, denominator: bigint, decimals: number): string {
  const scaled = divideRoundHalfUp(numerator * (POWERS_OF_TEN[decimals] ?? 10n ** BigInt(decimals)), denominator);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  const text = decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return scaled < 0n ? `-${text}` : text;
}
