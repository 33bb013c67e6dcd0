/**
 * How long one storage call may wait for an answer before it is given up (and the API answers 503).
 * Storage answers in milliseconds; a call silent this long is a hung connection or a partitioned
 * service. Below the 10 s within which a caller must hear that storage is unavailable: a timed-out
 * call is not retried (the SDKs rethrow an `AbortError` at once), so this is also the total wait.
 */
export const STORAGE_TIMEOUT_MS = 5_000;
