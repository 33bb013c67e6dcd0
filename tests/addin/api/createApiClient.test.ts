import { ApiFailure } from "../../../addin/api/ApiFailure";
import { createApiClient } from "../../../addin/api/createApiClient";
import { retryCall } from "../../../addin/api/retryCall";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

function clientWith(fetchImpl: typeof fetch, onUnauthorized = jest.fn()) {
  return { client: createApiClient({ baseUrl: "/api", getToken: () => "jwt", onUnauthorized, fetch: fetchImpl, timeoutMs: 50 }), onUnauthorized };
}

describe("createApiClient", () => {
  test("sends the bearer token and JSON, returns the body, ETag and Location", async () => {
    const fetchImpl = jest.fn(async () => json(201, { version: 2 }, { ETag: '"v2"', Location: "/api/communes/21231/submissions/2" }));
    const { client } = clientWith(fetchImpl as unknown as typeof fetch);
    const answer = await client.request("POST", "communes/21231/submissions", { body: { a: 1 }, headers: { "Idempotency-Key": "k-12345678" } });
    expect(answer).toEqual({ status: 201, body: { version: 2 }, etag: '"v2"', location: "/api/communes/21231/submissions/2" });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/communes/21231/submissions");
    expect(init.headers).toMatchObject({ Authorization: "Bearer jwt", "Content-Type": "application/json", "Idempotency-Key": "k-12345678" });
    expect(init.body).toBe('{"a":1}');
  });

  test("keeps the server's French message, problems and findings", async () => {
    const body = { error: { code: "depot_incomplet", message: "Dépôt refusé : 2 erreur(s) à corriger." }, findings: [{ ruleId: "r", severity: "error", message: "m" }] };
    const { client } = clientWith((async () => json(422, body)) as typeof fetch);
    const failure = (await client.request("POST", "x").catch((error: unknown) => error)) as ApiFailure;
    expect(failure).toBeInstanceOf(ApiFailure);
    expect([failure.kind, failure.status, failure.code, failure.message, failure.findings.length, failure.retryable]).toEqual(["http", 422, "depot_incomplet", "Dépôt refusé : 2 erreur(s) à corriger.", 1, false]);
  });

  test("a 401 expires the session", async () => {
    const { client, onUnauthorized } = clientWith((async () => json(401, { error: { code: "non_authentifie", message: "Jeton expiré." } })) as typeof fetch);
    await expect(client.request("GET", "x")).rejects.toMatchObject({ kind: "unauthorized", message: "Jeton expiré." });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  test("network failures and timeouts are retryable, with a French message", async () => {
    const down = clientWith((async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch).client;
    await expect(down.request("GET", "x")).rejects.toMatchObject({ kind: "network", retryable: true, message: expect.stringMatching(/injoignable/) });
    const slow = clientWith(((_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))))) as unknown as typeof fetch).client;
    await expect(slow.request("GET", "x")).rejects.toMatchObject({ kind: "timeout", retryable: true });
  });

  test("a download keeps the file name the API gives", async () => {
    const { client } = clientWith((async () => new Response("a;b", { status: 200, headers: { "Content-Disposition": 'attachment; filename="quote-parts-2025.csv"' } })) as typeof fetch);
    const file = await client.download("years/2025/runs/r/export?format=csv");
    expect(file.filename).toBe("quote-parts-2025.csv");
    expect(await file.blob.text()).toBe("a;b");
  });
});

describe("retryCall", () => {
  const network = () => new ApiFailure("network", "injoignable");

  test("retries what is worth retrying, then succeeds", async () => {
    const call = jest.fn().mockRejectedValueOnce(network()).mockRejectedValueOnce(new ApiFailure("http", "Service", 503)).mockResolvedValue("ok");
    const sleep = jest.fn(async () => undefined);
    const onRetry = jest.fn();
    await expect(retryCall(call, { delaysMs: [10, 20], sleep, onRetry })).resolves.toBe("ok");
    expect(sleep.mock.calls).toEqual([[10], [20]]);
    expect(onRetry.mock.calls.map((args) => args[0])).toEqual([2, 3]);
  });

  test("gives up after the last delay, and never retries a refusal", async () => {
    const sleep = async () => undefined;
    await expect(retryCall(jest.fn().mockRejectedValue(network()), { delaysMs: [1], sleep })).rejects.toMatchObject({ kind: "network" });
    const refused = jest.fn().mockRejectedValue(new ApiFailure("http", "Refusé", 422));
    await expect(retryCall(refused, { delaysMs: [1, 1], sleep })).rejects.toMatchObject({ status: 422 });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});

describe("Retry-After", () => {
  const inProgress = (retryAfter?: string) =>
    json(409, { error: { code: "conflit", message: "Requête identique en cours de traitement : réessayez dans 12 s." } }, retryAfter === undefined ? {} : { "Retry-After": retryAfter });

  test("the client reads it: seconds, or an HTTP date", async () => {
    const seconds = (await clientWith((async () => inProgress("12")) as typeof fetch).client.request("POST", "x").catch((error: unknown) => error)) as ApiFailure;
    expect([seconds.retryable, seconds.retryAfterMs]).toEqual([true, 12_000]);
    const none = (await clientWith((async () => inProgress()) as typeof fetch).client.request("POST", "x").catch((error: unknown) => error)) as ApiFailure;
    expect(none.retryAfterMs).toBeUndefined();
    const at = new Date(Date.now() + 30_000).toUTCString();
    const dated = (await clientWith((async () => inProgress(at)) as typeof fetch).client.request("POST", "x").catch((error: unknown) => error)) as ApiFailure;
    expect(dated.retryAfterMs).toBeGreaterThan(25_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  test("a 409 « en cours » with Retry-After 12 is retried after 12 s, not after the policy's 1 s", async () => {
    let calls = 0;
    const { client } = clientWith((async () => ((calls += 1) === 1 ? inProgress("12") : json(201, { version: 1 }))) as typeof fetch);
    const sleep = jest.fn(async () => undefined);
    await expect(retryCall(() => client.request("POST", "x"), { delaysMs: [1000, 3000], sleep })).resolves.toMatchObject({ status: 201 });
    expect(sleep.mock.calls).toEqual([[12_000]]);
  });

  test("a shorter Retry-After than the policy's delay keeps the delay; one over the longest wait is not retried", async () => {
    const sleep = jest.fn(async () => undefined);
    const call = jest.fn().mockRejectedValueOnce(new ApiFailure("http", "Service", 503, "indisponible", [], [], 1000)).mockResolvedValue("ok");
    await expect(retryCall(call, { delaysMs: [3000], sleep })).resolves.toBe("ok");
    expect(sleep.mock.calls).toEqual([[3000]]);
    const tooLong = jest.fn().mockRejectedValue(new ApiFailure("http", "Service", 503, "indisponible", [], [], 120_000));
    await expect(retryCall(tooLong, { delaysMs: [1000], sleep, maxRetryAfterMs: 60_000 })).rejects.toMatchObject({ status: 503 });
    expect(tooLong).toHaveBeenCalledTimes(1);
  });
});
