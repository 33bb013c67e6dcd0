const WRITTEN = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;
const NO_BREAK_SPACE = "\u00a0";
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** An exponent in superscript: `-7` → `⁻⁷`. */
function superscript(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join("");
  return `${exponent < 0 ? "⁻" : ""}${digits}`;
}

/**
 * Writes a number the French way: `1 234,5` (thousands separated by a no-break space, decimal
 * comma); a number JavaScript writes with an exponent (from 10²¹, below 10⁻⁶) as `1,5 × 10³⁰⁰`.
 */
export function formatFrenchNumber(value: number | { toString(): string }): string {
  const text = String(value);
  const match = WRITTEN.exec(text);
  if (!match) return text.replace(".", ",");
  const [, sign = "", whole = "", fraction, exponent] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, NO_BREAK_SPACE);
  const written = `${sign}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
  return exponent === undefined ? written : `${written}${NO_BREAK_SPACE}×${NO_BREAK_SPACE}10${superscript(Number(exponent))}`;
}
