import { keepClaimAlive } from "../../../../functions/storage/idempotency/keepClaimAlive";

/** Resolves once `condition` holds (polled), failing after 5 s. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not reached");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test("refreshes with the latest ETag at each beat, and stop gives the latest", async () => {
  const seen: string[] = [];
  const heartbeat = keepClaimAlive("v0", 5, async (etag) => {
    seen.push(etag);
    return `v${seen.length}`;
  });
  await until(() => seen.length >= 3);
  const last = await heartbeat.stop();
  expect(seen.slice(0, 3)).toEqual(["v0", "v1", "v2"]);
  expect(last).toBe(`v${seen.length}`);
});

test("a refresh that fails (storage unreachable) is tried again at the next beat with the same ETag", async () => {
  const seen: string[] = [];
  const heartbeat = keepClaimAlive("v0", 5, async (etag) => {
    seen.push(etag);
    if (seen.length === 1) throw new Error("ECONNREFUSED");
    return "v1";
  });
  await until(() => seen.length >= 2);
  expect(seen.slice(0, 2)).toEqual(["v0", "v0"]);
  expect(await heartbeat.stop()).toBe("v1");
});

test("a claim no longer this request's stops the beats: stop says it was lost", async () => {
  let calls = 0;
  const heartbeat = keepClaimAlive("v0", 5, async () => {
    calls += 1;
    return undefined;
  });
  await until(() => calls === 1);
  expect(await heartbeat.stop()).toBeUndefined();
  expect(calls).toBe(1);
});

test("stop waits for a refresh under way", async () => {
  let finish: (etag: string) => void = () => {};
  let started = false;
  const heartbeat = keepClaimAlive("v0", 5, () => {
    started = true;
    return new Promise<string>((resolve) => (finish = resolve));
  });
  await until(() => started);
  const stopped = heartbeat.stop();
  finish("v1");
  expect(await stopped).toBe("v1");
});
