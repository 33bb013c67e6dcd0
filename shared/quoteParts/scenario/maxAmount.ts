/**
 * The largest amount the product handles, in cents: 999 999 999 999,99 €. Every amount, and the
 * total of a year's items, stays within 15 significant digits, so that JSON, CSV and XLSX (whose
 * numbers are doubles) all carry the exact cents.
 */
export const MAX_AMOUNT_CENTS = 99_999_999_999_999n;

/** The limit as a user reads it. */
export const MAX_AMOUNT_TEXT = "999 999 999 999,99 €";

/** The limit as a number (custom weights given in euros). */
export const MAX_AMOUNT_NUMBER = 999_999_999_999.99;
