const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "REQUEST_SEND_ERROR"]);

/**
 * True when an error says that storage could not be reached: a network failure, the service
 * answering 5xx, or a storage call given up after its client-side timeout (the SDK then throws an
 * `AbortError`: handlers pass no abort signal of their own, so nothing else aborts a call).
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, statusCode, name } = error as { code?: unknown; statusCode?: unknown; name?: unknown };
  if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
  if (name === "RestError" && (statusCode === undefined || (typeof statusCode === "number" && statusCode >= 500))) return true;
  if (name === "AbortError") return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isStorageUnavailable(cause);
}
