import Decimal from "decimal.js";

/** Weights as whole numbers: `integers[i] = weights[i] × scale` exactly, `scale` a power of ten. */
export interface ScaledIntegers {
  readonly integers: readonly bigint[];
  readonly scale: bigint;
}

/**
 * Scales decimal weights to integers with one common power of ten, exactly: each number is read as
 * its shortest decimal writing (0.1 is 1/10, not the binary double), so ratios are the ones the user
 * typed. Integers take a fast path.
 */
export function toScaledIntegers(weights: readonly number[]): ScaledIntegers {
  if (weights.every(Number.isSafeInteger)) return { integers: weights.map((weight) => BigInt(weight)), scale: 1n };
  const decimals = weights.map((weight) => new Decimal(weight));
  const places = Math.max(...decimals.map((decimal) => decimal.decimalPlaces()));
  const factor = new Decimal(10).pow(places);
  return { integers: decimals.map((decimal) => BigInt(decimal.times(factor).toFixed(0))), scale: 10n ** BigInt(places) };
}
