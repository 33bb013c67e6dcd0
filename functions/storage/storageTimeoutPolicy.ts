import type { TableClient } from "@azure/data-tables";
import { STORAGE_TIMEOUT_MS } from "./storageTimeoutMs";

type TableClientOptions = NonNullable<Parameters<typeof TableClient.fromConnectionString>[2]>;
type PipelinePolicy = NonNullable<TableClientOptions["additionalPolicies"]>[number]["policy"];

/**
 * A per-try policy that gives up a table request not answered within `STORAGE_TIMEOUT_MS`:
 * without it, a request waits for ever on a storage that accepts and never answers. The SDK then
 * throws an `AbortError`, which it does not retry. An abort signal rather than `request.timeout`:
 * the SDK clears that timer only on success, so every failed request would leave it pending.
 */
export const storageTimeoutPolicy: PipelinePolicy = {
  name: "storageTimeout",
  async sendRequest(request, next) {
    const outer = request.abortSignal;
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, STORAGE_TIMEOUT_MS);
    if (outer?.aborted) abort();
    outer?.addEventListener("abort", abort);
    request.abortSignal = controller.signal;
    try {
      return await next(request);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener("abort", abort);
      request.abortSignal = outer;
    }
  },
};
