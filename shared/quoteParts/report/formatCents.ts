/** A whole number of cents as euros with two decimals: `123450n` → `"1234.50"`, `-5n` → `"-0.05"`. */
export function formatCents(cents: bigint): string {
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, "0");
  return `${cents < 0n ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
