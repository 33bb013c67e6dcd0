/** A commune's INSEE code: five digits, or 2A/2B and three digits for Corsica (text, keeping leading zeros). */
export const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** True when `value` is written as an INSEE code. */
export function isInseeCode(value: unknown): value is string {
  return typeof value === "string" && INSEE_CODE.test(value);
}
