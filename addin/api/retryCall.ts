import { ApiFailure } from "./ApiFailure";

/** How to retry: the delays between attempts (their count + 1 attempts in all), and how to wait. */
export interface RetryPolicy {
  readonly delaysMs: readonly number[];
  /**
   * The longest `Retry-After` waited for (60 s by default): a service asking for longer is not
   * retried automatically, its failure is given at once (the user may try again later).
   */
  readonly maxRetryAfterMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told before each new attempt (1-based number of the attempt about to run). */
  readonly onRetry?: (attempt: number, failure: ApiFailure) => void;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a call, again after each delay while it fails in a way worth retrying (network, timeout,
 * 409 "in progress", 5xx). A failure whose answer says how long to wait (`Retry-After`: the 409 of a
 * key still in progress, a 503) is retried no sooner than that. Only for calls that are safe to
 * repeat: reads, and writes sent with the same Idempotency-Key. The last failure is thrown as is.
 */
export async function retryCall<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  const sleep = policy.sleep ?? wait;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const delay = policy.delaysMs[attempt];
      if (!(error instanceof ApiFailure) || !error.retryable || delay === undefined) throw error;
      const asked = error.retryAfterMs ?? 0;
      if (asked > (policy.maxRetryAfterMs ?? 60_000)) throw error;
      policy.onRetry?.(attempt + 2, error);
      await sleep(Math.max(delay, asked));
    }
  }
}
