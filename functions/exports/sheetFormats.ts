/** Euros as French Excel shows them, `1 234,50 €` (a format code's `,` and `.` stand for the locale's separators). */
export const EURO_FORMAT = '#,##0.00 "€"';
/** The exact share: more decimals than money, for reading the derivation. */
export const EXACT_FORMAT = '#,##0.0000000000 "€"';
/** Weights: whole numbers, decimals only when there are some. */
export const WEIGHT_FORMAT = "#,##0.##########";

/** What a check cell says when the figures agree, and when they do not. */
export const CHECK_OK = "OK";
export const CHECK_GAP = "ÉCART";

/** A whole number of cents from decimal text with two decimals (`"-1234.50"` → -123450n), to decide checks exactly. */
export const toCents = (text: string): bigint => BigInt(text.replace(".", ""));
