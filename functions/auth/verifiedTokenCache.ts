import type { Principal } from "./principal";

/** How long a verified token is taken on trust without checking its signature again, and how many are kept. */
const TRUST_SECONDS = 300;
const MAX_ENTRIES = 5_000;

interface Entry {
  readonly principal: Principal;
  /** Until when (epoch seconds) the entry answers: the earlier of the token's expiry (+ tolerance) and the trust period. */
  readonly until: number;
}

/** Verified bearer tokens remembered by their exact text, so a client's next request skips the signature check. */
export interface VerifiedTokenCache {
  get(token: string, nowSeconds: number): Principal | undefined;
  remember(token: string, principal: Principal, expiresAt: number | undefined, nowSeconds: number): void;
}

/**
 * A bounded cache of verified tokens. A token's text covers its signature, so the same text always
 * verifies the same way while the keys do not change; an entry lives at most TRUST_SECONDS (the
 * delay for a withdrawn signing key to take effect) and never past the token's expiry plus the
 * clock tolerance. Oldest entries go first when full.
 */
export function createVerifiedTokenCache(clockToleranceSeconds: number): VerifiedTokenCache {
  const entries = new Map<string, Entry>();
  return {
    get(token, nowSeconds) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (nowSeconds < entry.until) return entry.principal;
      entries.delete(token);
      return undefined;
    },
    remember(token, principal, expiresAt, nowSeconds) {
      const until = Math.min(nowSeconds + TRUST_SECONDS, expiresAt === undefined ? Infinity : expiresAt + clockToleranceSeconds);
      if (until <= nowSeconds) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(token, { principal, until });
    },
  };
}
