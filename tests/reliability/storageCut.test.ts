import { isFrench } from "./support/isFrench";
import { leaksInternals } from "./support/leaksInternals";
import { loadClients } from "./support/loadClients";
import { runSubmissionLoad, storedVersions } from "./support/runSubmissionLoad";
import { watchAnswers } from "./support/watchAnswers";
import { startProxiedApi, type ProxiedApi } from "./support/startProxiedApi";

let proxied: ProxiedApi;
beforeAll(async () => {
  proxied = await startProxiedApi();
});
afterAll(() => proxied.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls health (nothing announces the API's state) until it answers `status` or the time is up; the last answer. */
async function healthUntil(status: number, timeoutMs: number): Promise<{ status: number; text: string; retryAfter: string | null }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const response = await proxied.api.call("health", { signal: AbortSignal.timeout(20_000) });
    const answer = { status: response.status, text: await response.text(), retryAfter: response.headers.get("retry-after") };
    if (answer.status === status || Date.now() > end) return answer;
    await pause(100);
  }
}

describe("the storage connection is cut during a submission load", () => {
  test("503 with a French message while storage is unreachable, recovery without restart, every 201 kept, no duplicate after retries", async () => {
    const { api } = proxied;
    const staff = await api.token({ role: "staff" });
    const clients = await loadClients(api, 8);
    const answers = watchAnswers();
    const load = runSubmissionLoad(api.url, clients, { perClient: 12, deadline: Date.now() + 90_000, run: `cut${Date.now()}`, onAnswer: answers.onAnswer });
    // The cut comes once the load is under way: its first submissions acknowledged (8 of 96).
    await answers.next("201", 8);
    // Live connections are reset mid-request, new ones too; then storage refuses connections outright.
    await proxied.setMode("reset");
    const during = await healthUntil(503, 20_000);
    await proxied.setMode("refuse");
    const refused = await healthUntil(503, 20_000);
    // Storage comes back once the clients have met the refusal too (their submissions answered 503).
    await answers.next("503", clients.length);
    await proxied.setMode("pass");
    const after = await healthUntil(200, 20_000);
    const outcome = await load;
    console.log("storage cut:", Object.fromEntries(outcome.statuses), "connections cut:", proxied.table.stats.cut + proxied.blob.stats.cut);

    for (const answer of [during, refused]) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBeTruthy();
      expect(isFrench((JSON.parse(answer.text) as { error: { message: string } }).error.message)).toBe(true);
      expect(leaksInternals(answer.text)).toBeUndefined();
    }
    expect(after.status).toBe(200);
    expect(proxied.table.stats.cut + proxied.blob.stats.cut).toBeGreaterThan(0);
    expect({ failures: outcome.failures.filter((answer) => answer.status !== 503), unexpected: outcome.unexpected, abandoned: outcome.abandoned }).toEqual({ failures: [], unexpected: [], abandoned: [] });
    for (const failure of outcome.failures) {
      expect(isFrench((JSON.parse(failure.text ?? "{}") as { error: { message: string } }).error.message)).toBe(true);
      expect(leaksInternals(failure.text ?? "")).toBeUndefined();
    }
    expect(api.logs.filter((line) => line.startsWith("erreur interne"))).toEqual([]);
    for (const client of clients) {
      const acknowledged = [...(outcome.acknowledged.get(client.insee)?.values() ?? [])].sort((a, b) => a - b);
      expect(acknowledged).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
      expect(await storedVersions(api.url, client.insee, staff)).toEqual(acknowledged);
    }
    expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
  }, 120_000);
});
