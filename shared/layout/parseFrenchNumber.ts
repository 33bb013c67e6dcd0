/** Thousands separators accepted: space, no-break space U+00A0, narrow no-break space U+202F, thin space U+2009. */
const SEPARATOR = "[ \\u00A0\\u202F\\u2009]";
const FRENCH_NUMBER = new RegExp(`^([-+]?)(\\d{1,3}(?:${SEPARATOR}\\d{3})+|\\d+)(?:,(\\d+))?$`);

/**
 * Reads a number written the French way: "1234", "1 234" (thousands grouped by threes with a
 * space, no-break or narrow no-break space), "1,5", "-3" (the sign is kept). Undefined for anything
 * else, never a guess: "1.234" (ambiguous), "12 abc", "1 23", "" give undefined.
 */
export function parseFrenchNumber(text: string): number | undefined {
  const match = FRENCH_NUMBER.exec(text.trim());
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction] = match;
  const value = Number(`${sign}${whole.replace(new RegExp(SEPARATOR, "g"), "")}${fraction === undefined ? "" : `.${fraction}`}`);
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value;
}
