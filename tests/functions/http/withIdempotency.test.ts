import { ApiError } from "../../../functions/http/apiError";
import type { ApiRequest } from "../../../functions/http/apiRequest";
import type { ApiResponse } from "../../../functions/http/apiResponse";
import { CLAIM_TIMING, withIdempotency } from "../../../functions/http/withIdempotency";
import type { Services } from "../../../functions/services/services";
import { claimKey, readAnswer } from "../../../functions/storage/idempotency/idempotencyTable";
import { startTestApi, type TestApi } from "../../support/startTestApi";

// A claim on an Idempotency-Key stops retries only while its request runs: the running request
// refreshes it, one left by a crashed instance is taken over once not refreshed for 15 s, and a
// retry told to wait (409) is told for how long (Retry-After).
let api: TestApi;
/** The services' clock, moved by hand (the heartbeat's timer itself runs in real time). */
let clock: number;
let services: Services;
const BEAT_FAST = { ...CLAIM_TIMING, heartbeatMs: 10 };

beforeAll(async () => {
  api = await startTestApi();
  services = { ...api.services, now: () => new Date(clock) };
});
afterAll(() => api.close());
beforeEach(() => {
  clock = Date.parse("2025-03-01T09:00:00Z");
});

let keys = 0;
/** A request carrying a fresh key (or `key`), with the same body each time. */
function requestWith(key: string): ApiRequest {
  return { method: "POST", params: {}, query: new URLSearchParams(), body: Buffer.from('{"a":1}'), header: (name) => (name === "idempotency-key" ? key : undefined) };
}
const freshKey = () => `cle-essai-${Date.now()}-${(keys += 1)}`;

/** What a call gives: its answer, or the API error it throws (status, headers, message). */
async function outcome(call: Promise<ApiResponse>) {
  try {
    const response = await call;
    return { status: response.status, headers: response.headers ?? {}, message: undefined as string | undefined };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, headers: error.headers, message: error.message };
  }
}

/** A pending claim as a request of another instance left it: claimed (and last refreshed) `ageMs` ago. */
async function claimLeftBehind(key: string, ageMs: number): Promise<void> {
  const fingerprint = (await import("node:crypto")).createHash("sha256").update("POST").update("\n").update('{"a":1}').digest("hex");
  await claimKey(api.services.store, "essai", key, { fingerprint, holder: "instance-tombee", now: new Date(clock - ageMs).toISOString() });
}

/** Polls `condition` (the heartbeat's refreshes, on their real-time timer, announce nothing), 10 s at most. */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test("a claim left by a crashed instance, not refreshed for 16 s, is taken over by the retry at once", async () => {
  const key = freshKey();
  await claimLeftBehind(key, 16_000);
  let runs = 0;
  const answer = await outcome(withIdempotency(services, requestWith(key), "essai", async () => ({ status: 201, json: { run: (runs += 1) } })));
  expect([answer.status, runs]).toEqual([201, 1]);
  expect(await readAnswer(api.services.store, "essai", key)).toMatchObject({ state: "done", status: 201 });
});

test("while a claim is fresh, the retry gets 409 in French with Retry-After: the seconds until it could be taken over", async () => {
  const key = freshKey();
  await claimLeftBehind(key, 5_500);
  const answer = await outcome(withIdempotency(services, requestWith(key), "essai", async () => ({ status: 201 })));
  expect(answer).toEqual({ status: 409, headers: { "Retry-After": "10" }, message: "Requête identique en cours de traitement : réessayez dans 10 s." });
  clock += 9_000;
  expect((await outcome(withIdempotency(services, requestWith(key), "essai", async () => ({ status: 201 })))).headers).toEqual({ "Retry-After": "1" });
  clock += 600;
  expect((await outcome(withIdempotency(services, requestWith(key), "essai", async () => ({ status: 201 })))).status).toBe(201);
});

test("a request running for minutes keeps its claim (refreshed while it runs): retries get 409, never run it twice, then the answer", async () => {
  const key = freshKey();
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let runs = 0;
  let running = () => {};
  const started = new Promise<void>((resolve) => (running = resolve));
  const first = withIdempotency(services, requestWith(key), "essai", async () => {
    runs += 1;
    running();
    await gate;
    return { status: 201, json: { version: 1 } };
  }, BEAT_FAST);
  // The request runs only once its claim is written.
  await started;
  expect(await readAnswer(api.services.store, "essai", key)).toMatchObject({ state: "pending" });
  // Three minutes go by on the clock, 10 s at a time, the running request refreshing its claim each time.
  for (let step = 0; step < 18; step += 1) {
    clock += 10_000;
    const seen = new Date(clock).toISOString();
    await until(async () => (await readAnswer(api.services.store, "essai", key))?.refreshedAt === seen, `refreshed at ${seen}`);
    const retry = await outcome(withIdempotency(services, requestWith(key), "essai", async () => ({ status: 201, json: { version: 2 } }), BEAT_FAST));
    expect([step, retry.status, retry.headers["Retry-After"]]).toEqual([step, 409, "15"]);
  }
  release();
  expect((await first).status).toBe(201);
  const replayed = await withIdempotency(services, requestWith(key), "essai", async () => ({ status: 201, json: { version: 3 } }), BEAT_FAST);
  expect([replayed.json, replayed.headers?.["Idempotent-Replayed"], runs]).toEqual([{ version: 1 }, "true", 1]);
});

test("two retries racing for an abandoned claim: one takes it over and runs, the other is told to wait", async () => {
  const key = freshKey();
  await claimLeftBehind(key, 60_000);
  let runs = 0;
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const run = async () => {
    runs += 1;
    await gate;
    return { status: 201 };
  };
  const racing = [withIdempotency(services, requestWith(key), "essai", run), withIdempotency(services, requestWith(key), "essai", run)].map(outcome);
  // The one that lost answers while the winner still runs (held at the gate).
  expect(await Promise.race(racing)).toMatchObject({ status: 409, headers: { "Retry-After": "15" } });
  expect(runs).toBe(1);
  release();
  const statuses = (await Promise.all(racing)).map((answer) => answer.status).sort();
  expect([statuses, runs]).toEqual([[201, 409], 1]);
});

test("through the API: a submission whose key is claimed by a request still running answers 409 with Retry-After", async () => {
  const token = await api.token({ role: "commune", commune: "21231" });
  const key = freshKey();
  const fingerprint = (await import("node:crypto")).createHash("sha256").update("POST").update("\n").update("{}").digest("hex");
  await claimKey(api.services.store, "21231", key, { fingerprint, holder: "ailleurs", now: new Date().toISOString() });
  const response = await api.call("communes/21231/submissions", { method: "POST", token, body: "{}", headers: { "Content-Type": "application/json", "Idempotency-Key": key } });
  expect(response.status).toBe(409);
  const seconds = Number(response.headers.get("retry-after"));
  expect(seconds).toBeGreaterThanOrEqual(14);
  expect(seconds).toBeLessThanOrEqual(15);
});
