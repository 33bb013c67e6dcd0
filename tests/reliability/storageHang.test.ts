import { startProxiedApi, type ProxiedApi } from "./support/startProxiedApi";

// Storage that accepts connections and never answers (a network partition dropping packets, a
// hung service). The storage clients have no client-side timeout: `tryTimeoutInMs` of the blob
// client only sets the server's `timeout` parameter, and the table client has none, so a request
// waits for ever. Reported to the lead with the fix (a per-try `request.timeout` policy on both
// clients in functions/storage/store.ts; the SDK then throws an AbortError, which
// isStorageUnavailable already maps to 503). Remove `.failing` once fixed.
let proxied: ProxiedApi;
beforeAll(async () => {
  proxied = await startProxiedApi();
});
afterAll(async () => {
  await proxied.setMode("pass");
  await proxied.close();
});

test.failing("BUG (reported): while storage never answers, the API answers 503 within 10 s instead of hanging", async () => {
  await proxied.setMode("blackhole");
  const response = await proxied.api.call("health", { signal: AbortSignal.timeout(10_000) });
  expect(response.status).toBe(503);
}, 15_000);
