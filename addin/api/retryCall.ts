import { ApiFailure } from "./ApiFailure";

/** How to retry: the delays between attempts (their count + 1 attempts in all), and how to wait. */
export interface RetryPolicy {
  readonly delaysMs: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told before each new attempt (1-based number of the attempt about to run). */
  readonly onRetry?: (attempt: number, failure: ApiFailure) => void;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a call, again after each delay while it fails in a way worth retrying (network, timeout,
 * 409 "in progress", 5xx). Only for calls that are safe to repeat: reads, and writes sent with
 * the same Idempotency-Key. The last failure is thrown as is.
 */
export async function retryCall<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  const sleep = policy.sleep ?? wait;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const delay = policy.delaysMs[attempt];
      if (!(error instanceof ApiFailure) || !error.retryable || delay === undefined) throw error;
      policy.onRetry?.(attempt + 2, error);
      await sleep(delay);
    }
  }
}
