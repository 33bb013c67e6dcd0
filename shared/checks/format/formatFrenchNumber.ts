const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const NO_BREAK_SPACE = "\u00a0";

/** Writes a number the French way: `1 234,5` (thousands separated by a no-break space, decimal comma). */
export function formatFrenchNumber(value: number | { toString(): string }): string {
  const text = String(value);
  const match = PLAIN.exec(text);
  if (!match) return text.replace(".", ",");
  const [, sign = "", whole = "", fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, NO_BREAK_SPACE);
  return `${sign}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}
