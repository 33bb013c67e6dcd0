import { STORAGE_TIMEOUT_MS } from "./storageTimeoutMs";

/**
 * The abort signal to give each blob call: the blob client takes no per-request timeout policy
 * (`@azure/storage-blob` re-adds `additionalPolicies` to its shared pipeline for every client it
 * derives, which then refuses to run), so each call carries its own deadline instead. It covers the
 * whole call, retries and body included; on expiry the SDK throws an `AbortError` (503).
 */
export function storageDeadline(): AbortSignal {
  return AbortSignal.timeout(STORAGE_TIMEOUT_MS);
}
