/** A claim being kept alive while its request runs. */
export interface ClaimHeartbeat {
  /** Stops refreshing (waiting for a refresh under way): the claim's latest ETag, or undefined when it was lost. */
  stop(): Promise<string | undefined>;
}

/**
 * Refreshes a claim every `intervalMs` while its request runs, so that it is never taken for
 * abandoned however long the request takes. `refresh(etag)` gives the claim's new ETag, or undefined
 * when the claim is no longer this request's (then refreshing stops); a refresh that fails (storage
 * unreachable) is tried again at the next beat. Timers are unreferenced: they never hold the process.
 */
export function keepClaimAlive(etag: string, intervalMs: number, refresh: (etag: string) => Promise<string | undefined>): ClaimHeartbeat {
  let current: string | undefined = etag;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const beat = () => {
    if (stopped || current === undefined) return;
    inFlight = refresh(current).then(
      (next) => {
        current = next;
      },
      () => undefined,
    );
    void inFlight.then(schedule);
  };
  const schedule = () => {
    if (stopped || current === undefined) return;
    timer = setTimeout(beat, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      return current;
    },
  };
}
