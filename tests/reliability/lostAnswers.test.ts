import { loadClients } from "./support/loadClients";
import { startProxiedApi, type ProxiedApi } from "./support/startProxiedApi";
import { runSubmissionLoad, storedVersions } from "./support/runSubmissionLoad";

// Storage applies a write, but its answer never reaches the API: the storage SDK retries a request
// that was already applied. The product must neither fail nor apply the change twice.
let proxied: ProxiedApi;
beforeAll(async () => {
  proxied = await startProxiedApi();
});
afterAll(() => proxied.close());

const json = (token: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json", ...headers },
  token,
});

describe("answers of the table service lost on the way back", () => {
  test("under a load with 10 % of table answers lost: no 500, no 409 left hanging, every 201 stored once, the audit chains intact", async () => {
    const { api } = proxied;
    const staff = await api.token({ role: "staff" });
    const clients = await loadClients(api, 6);
    await proxied.table.setMode("lossy", 0.1);
    const outcome = await runSubmissionLoad(api.url, clients, { perClient: 8, deadline: Date.now() + 60_000, run: `lossy${Date.now()}` });
    await proxied.table.setMode("pass");
    console.log("table answers lost:", proxied.table.stats.cut, Object.fromEntries(outcome.statuses));
    expect(proxied.table.stats.cut).toBeGreaterThan(0);
    // A 503 (storage unreachable, retried by the client) is the right answer when the SDK's own retries all lose their answers.
    expect({ failures: outcome.failures.filter((answer) => answer.status !== 503), unexpected: outcome.unexpected, abandoned: outcome.abandoned }).toEqual({ failures: [], unexpected: [], abandoned: [] });
    for (const client of clients) {
      const acknowledged = [...(outcome.acknowledged.get(client.insee)?.values() ?? [])].sort((a, b) => a - b);
      expect(acknowledged).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(await storedVersions(api.url, client.insee, staff)).toEqual(acknowledged);
    }
    expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
    expect(api.logs.filter((line) => line.startsWith("erreur interne"))).toEqual([]);
  }, 90_000);

  // Without a once-marker, a transaction applied whose answer is lost is retried by the SDK and fails
  // on the head's ETag: commitToDossier recognises its own change id on the head (or on its audit
  // entry) and returns the commit as done instead of rebuilding it on the new head.
  test("one submission without Idempotency-Key whose commit answer is lost is stored once", async () => {
    const { api } = proxied;
    const [client] = await loadClients(api, 1, 10);
    const staff = await api.token({ role: "staff" });
    const first = await api.call(`communes/${client!.insee}/submissions`, json(client!.token, client!.submission));
    expect(first.status).toBe(201);
    // The dossier's head is now known to the process: the next table request is the commit itself.
    proxied.table.loseNextAnswers(1);
    const second = await api.call(`communes/${client!.insee}/submissions`, json(client!.token, client!.submission));
    expect(second.status).toBe(201);
    expect(await storedVersions(api.url, client!.insee, staff)).toEqual([1, 2]);
  });
});

describe("every answer to a commit lost (the SDK gives up)", () => {
  // All tries of the transaction lose their answers: the SDK throws a network error although the
  // first try was applied. commitToDossier looks (briefly) for its own change before giving up:
  // the submission is acknowledged, not answered 503 and then stored again by the client's retry.
  test("a submission without Idempotency-Key whose commit answers are all lost is acknowledged once", async () => {
    const { api } = proxied;
    const [client] = await loadClients(api, 1, 12);
    const staff = await api.token({ role: "staff" });
    expect((await api.call(`communes/${client!.insee}/submissions`, json(client!.token, client!.submission))).status).toBe(201);
    proxied.table.loseNextAnswers(3);
    const second = await api.call(`communes/${client!.insee}/submissions`, json(client!.token, client!.submission));
    expect(second.status).toBe(201);
    expect(await storedVersions(api.url, client!.insee, staff)).toEqual([1, 2]);
  });
});

describe("answers of the blob service lost on the way back", () => {
  // The SDK retries the upload of a document already written; `If-None-Match: *` then fails with
  // 409 "blob already exists": putDocument accepts the name when it already holds these very bytes.
  test("a submission whose document upload answer is lost is stored (201), not a 500", async () => {
    const { api } = proxied;
    const [client] = await loadClients(api, 1, 11);
    proxied.blob.loseNextAnswers(1);
    const answer = await api.call(`communes/${client!.insee}/submissions`, json(client!.token, client!.submission, { "Idempotency-Key": `lost-blob-${Date.now()}` }));
    expect(answer.status).toBe(201);
  });
});
