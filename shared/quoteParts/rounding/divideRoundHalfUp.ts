/** `numerator / denominator` rounded to the nearest integer, halves away from zero (denominator > 0). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const magnitude = (2n * (numerator < 0n ? -numerator : numerator) + denominator) / (2n * denominator);
  return numerator < 0n ? -magnitude : magnitude;
}
