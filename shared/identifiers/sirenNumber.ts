/** An EPCI's SIREN number: nine digits, as text. */
export const SIREN_NUMBER = /^\d{9}$/;

/** True when `value` is written as a SIREN number. */
export function isSirenNumber(value: unknown): value is string {
  return typeof value === "string" && SIREN_NUMBER.test(value);
}
