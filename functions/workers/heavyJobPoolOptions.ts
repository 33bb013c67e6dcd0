/** How the heavy job pool runs (see `createHeavyJobPool`). */
export interface HeavyJobPoolOptions {
  /** Path of the bundled worker entry (`heavyJobWorkerFile`), asked once, on the first job. */
  readonly workerFile: () => Promise<string>;
  /** Worker threads at most (started on demand, ended after `idleTimeoutMs` without work). */
  readonly threads: number;
  /** Jobs waiting for a worker at most; beyond, a job is refused at once (`busy`). */
  readonly queue: number;
  /** Wait of a job for a worker at most (`wait`): no job hangs, even if workers cannot start. */
  readonly waitLimitMs: number;
  /** Computing time of one job, from its start in a worker. */
  readonly timeLimitMs: number;
  /** Heap of a worker thread (V8's old generation, `resourceLimits.maxOldGenerationSizeMb`). */
  readonly memoryLimitMb: number;
  readonly idleTimeoutMs: number;
  /** Where failures of the pool itself go (never to a client). */
  readonly log: (message: string) => void;
}
