/** The longest a development token may live: a working day (12 h), never a token valid for years. */
export const MAX_DEV_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600 };

/**
 * A development token's lifetime written `<n>s`, `<n>m` or `<n>h` (`"8h"`, `"90m"`), in seconds, when it
 * lies between 1 s and {@link MAX_DEV_TOKEN_LIFETIME_SECONDS}; undefined for anything else.
 */
export function devTokenLifetimeSeconds(text: string): number | undefined {
  const match = /^(\d{1,9})([smh])$/.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * (UNIT_SECONDS[match[2] ?? ""] ?? 0);
  return seconds >= 1 && seconds <= MAX_DEV_TOKEN_LIFETIME_SECONDS ? seconds : undefined;
}

/** The French message of a refused lifetime, naming the field or option (`expiresIn`, `--expires`). */
export function devTokenLifetimeProblem(field: string): string {
  return `${field} : durée de validité attendue entre 1 s et 12 h, écrite en secondes, minutes ou heures (par exemple « 8h », « 90m »).`;
}

/**
 * True when a verified development token would live longer than 12 h: no expiry at all, an expiry
 * more than 12 h after its issue, or more than 12 h (and `toleranceSeconds`) from `nowSeconds`.
 */
export function outlivesDevTokenLifetime(payload: { readonly iat?: number; readonly exp?: number }, nowSeconds: number, toleranceSeconds: number): boolean {
  if (typeof payload.exp !== "number") return true;
  if (typeof payload.iat === "number" && payload.exp - payload.iat > MAX_DEV_TOKEN_LIFETIME_SECONDS) return true;
  return payload.exp - nowSeconds > MAX_DEV_TOKEN_LIFETIME_SECONDS + toleranceSeconds;
}
