import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startAzurite, type RunningAzurite } from "../../scripts/startAzurite";
import { isFrench } from "./support/isFrench";
import { leaksInternals } from "./support/leaksInternals";
import { loadClients } from "./support/loadClients";
import { runningClock } from "./support/runningClock";
import { startTestApi, type TestApi } from "../support/startTestApi";
import { runSubmissionLoad, storedVersions } from "./support/runSubmissionLoad";
import { watchAnswers } from "./support/watchAnswers";

// Azurite of its own, persisted on disk, so that it can be stopped and started again on the same ports.
let folder: string;
let azurite: RunningAzurite;
let api: TestApi;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "azurite-restart-"));
  azurite = await startAzurite({ location: folder });
  api = await startTestApi({ connectionString: azurite.connectionString, now: runningClock("2025-03-01T09:00:00Z") });
});
afterAll(async () => {
  await api.close();
  await azurite.stop();
  await rm(folder, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls health (nothing announces the API's state) until it answers `status` or the time is up; the last answer. */
async function healthUntil(status: number, timeoutMs: number): Promise<{ status: number; text: string; retryAfter: string | null }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const response = await api.call("health", { signal: AbortSignal.timeout(20_000) });
    const answer = { status: response.status, text: await response.text(), retryAfter: response.headers.get("retry-after") };
    if (answer.status === status || Date.now() > end) return answer;
    await pause(100);
  }
}

test("Azurite stopped and restarted during a submission load: 503 in French meanwhile, recovery by itself, every 201 kept, no duplicate", async () => {
  const staff = await api.token({ role: "staff" });
  const clients = await loadClients(api, 8);
  const answers = watchAnswers();
  const load = runSubmissionLoad(api.url, clients, { perClient: 10, deadline: Date.now() + 90_000, run: `restart${Date.now()}`, onAnswer: answers.onAnswer });
  // Azurite stops once the load is under way: its first submissions acknowledged (8 of 80).
  await answers.next("201", 8);
  await azurite.stop();
  const down = await healthUntil(503, 20_000);
  // It starts again once the clients have met the outage too (their submissions answered 503).
  await answers.next("503", clients.length);
  azurite = await startAzurite({ location: folder, blobPort: azurite.blobPort, tablePort: azurite.tablePort });
  const up = await healthUntil(200, 30_000);
  const outcome = await load;
  console.log("Azurite restart:", Object.fromEntries(outcome.statuses));

  expect(down.status).toBe(503);
  expect(down.retryAfter).toBeTruthy();
  expect(isFrench((JSON.parse(down.text) as { error: { message: string } }).error.message)).toBe(true);
  expect(leaksInternals(down.text)).toBeUndefined();
  expect(up.status).toBe(200);
  expect({ failures: outcome.failures.filter((answer) => answer.status !== 503), unexpected: outcome.unexpected, abandoned: outcome.abandoned }).toEqual({ failures: [], unexpected: [], abandoned: [] });
  expect(outcome.statuses.get("503") ?? 0).toBeGreaterThan(0);
  for (const failure of outcome.failures) expect(leaksInternals(failure.text ?? "")).toBeUndefined();
  for (const client of clients) {
    const acknowledged = [...(outcome.acknowledged.get(client.insee)?.values() ?? [])].sort((a, b) => a - b);
    expect(acknowledged).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await storedVersions(api.url, client.insee, staff)).toEqual(acknowledged);
  }
  expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
  expect(api.logs.filter((line) => line.startsWith("erreur interne"))).toEqual([]);
}, 120_000);
