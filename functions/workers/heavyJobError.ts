/**
 * Why the pool did not give a job's result: the job ran past its time (`time`, milliseconds counted
 * from its start in a worker, not its wait) or its worker past its heap (`memory`, megabytes); the
 * pool had as many jobs as it takes (`busy`, the jobs waiting at most); the job waited for a worker
 * longer than it may (`wait`, milliseconds).
 */
export type HeavyJobFailure = "time" | "memory" | "busy" | "wait";

/** A heavy job the pool stopped or refused, with the limit it met. The worker of a stopped job is terminated and replaced. */
export class HeavyJobError extends Error {
  constructor(
    readonly failure: HeavyJobFailure,
    readonly limit: number,
  ) {
    super(`heavy job stopped: ${failure} limit ${limit}`);
    this.name = "HeavyJobError";
  }
}
