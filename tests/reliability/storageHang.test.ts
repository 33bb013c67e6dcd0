import { startProxiedApi, type ProxiedApi } from "./support/startProxiedApi";

// Storage that accepts connections and never answers (a network partition dropping packets, a
// hung service). `tryTimeoutInMs` of the blob client only sets the server's `timeout` parameter and
// the table client has no timeout of its own, so functions/storage/store.ts gives each table try a
// client-side timeout (and blob calls carry a deadline, storageDeadline); the SDK then throws an
// AbortError, which isStorageUnavailable maps to 503.
let proxied: ProxiedApi;
beforeAll(async () => {
  proxied = await startProxiedApi();
});
afterAll(async () => {
  await proxied.setMode("pass");
  await proxied.close();
});

test("while storage never answers, the API answers 503 within 10 s instead of hanging", async () => {
  await proxied.setMode("blackhole");
  const response = await proxied.api.call("health", { signal: AbortSignal.timeout(10_000) });
  expect(response.status).toBe(503);
}, 15_000);
