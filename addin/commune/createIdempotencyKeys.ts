/** Idempotency keys of submissions. */
export interface IdempotencyKeys {
  /** The key for this content: the same on a retry, so the API can never record it twice. */
  keyFor(content: string): string;
  /** A submission succeeded: the next one, even of the same content (after a return), is a new request. */
  reset(): void;
}

/**
 * Idempotency keys for submissions: the same content keeps the same key until a submission
 * succeeds — a retry after a network failure can never add a second version — and new content,
 * or a new submission after a success, gets a new one.
 */
export function createIdempotencyKeys(random: () => string = () => crypto.randomUUID()): IdempotencyKeys {
  let last: { content: string; key: string } | undefined;
  return {
    keyFor(content) {
      if (last?.content !== content) last = { content, key: `depot-${random()}` };
      return last.key;
    },
    reset() {
      last = undefined;
    },
  };
}
