import { keepClaimAlive } from "../../../../functions/storage/idempotency/keepClaimAlive";

// The beats run on jest's fake timers: each test moves the clock itself, nothing waits in real time.
const BEAT_MS = 5_000;
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("refreshes with the latest ETag at each beat, and stop gives the latest", async () => {
  const seen: string[] = [];
  const heartbeat = keepClaimAlive("v0", BEAT_MS, async (etag) => {
    seen.push(etag);
    return `v${seen.length}`;
  });
  await jest.advanceTimersByTimeAsync(BEAT_MS - 1);
  expect(seen).toEqual([]);
  await jest.advanceTimersByTimeAsync(1 + 2 * BEAT_MS);
  expect(seen).toEqual(["v0", "v1", "v2"]);
  expect(await heartbeat.stop()).toBe("v3");
  await jest.advanceTimersByTimeAsync(10 * BEAT_MS);
  expect(seen).toHaveLength(3);
});

test("a refresh that fails (storage unreachable) is tried again at the next beat with the same ETag", async () => {
  const seen: string[] = [];
  const heartbeat = keepClaimAlive("v0", BEAT_MS, async (etag) => {
    seen.push(etag);
    if (seen.length === 1) throw new Error("ECONNREFUSED");
    return "v1";
  });
  await jest.advanceTimersByTimeAsync(2 * BEAT_MS);
  expect(seen).toEqual(["v0", "v0"]);
  expect(await heartbeat.stop()).toBe("v1");
});

test("a claim no longer this request's stops the beats: stop says it was lost", async () => {
  let calls = 0;
  const heartbeat = keepClaimAlive("v0", BEAT_MS, async () => {
    calls += 1;
    return undefined;
  });
  await jest.advanceTimersByTimeAsync(BEAT_MS);
  expect(calls).toBe(1);
  await jest.advanceTimersByTimeAsync(10 * BEAT_MS);
  expect(calls).toBe(1);
  expect(await heartbeat.stop()).toBeUndefined();
});

test("stop waits for a refresh under way", async () => {
  let finish: (etag: string) => void = () => {};
  let started = false;
  const heartbeat = keepClaimAlive("v0", BEAT_MS, () => {
    started = true;
    return new Promise<string>((resolve) => (finish = resolve));
  });
  await jest.advanceTimersByTimeAsync(BEAT_MS);
  expect(started).toBe(true);
  let stoppedWith: string | undefined = "still waiting";
  const stopped = heartbeat.stop().then((etag) => (stoppedWith = etag));
  await jest.advanceTimersByTimeAsync(10 * BEAT_MS);
  expect(stoppedWith).toBe("still waiting");
  finish("v1");
  await stopped;
  expect(stoppedWith).toBe("v1");
});
