import { availableParallelism } from "node:os";
import type { HeavyJobPoolOptions } from "./heavyJobPoolOptions";
import { heavyJobWorkerFile } from "./heavyJobWorkerFile";

/** A whole number from the environment, or the default. */
function whole(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * The pool's settings, each overridable from the environment:
 * - threads (`HEAVY_JOB_THREADS`): one per core but one, one at least — the event loop keeps a core;
 * - queue (`HEAVY_JOB_QUEUE`): 32 jobs waiting at most, none waiting more than 30 s;
 * - time (`HEAVY_JOB_TIME_LIMIT_MS`): 10 s of computing per job — the largest template reads in
 *   about 0.3 s, the slowest hostile workbook of the long fuzzing in about 2 s;
 * - memory (`HEAVY_JOB_MEMORY_MB`): 256 MB of heap per worker — a workbook at the reader's
 *   250,000-cell cap, or at its 16 MB of XML, reads within 128 MB;
 * - a worker idle for 15 s ends (it holds about 75 MB); the next job starts one again (about 0.5 s).
 */
export function defaultHeavyJobPoolOptions(env: NodeJS.ProcessEnv = process.env): HeavyJobPoolOptions {
  return {
    workerFile: heavyJobWorkerFile,
    threads: whole(env.HEAVY_JOB_THREADS, Math.max(1, availableParallelism() - 1)),
    queue: whole(env.HEAVY_JOB_QUEUE, 32),
    waitLimitMs: 30_000,
    timeLimitMs: whole(env.HEAVY_JOB_TIME_LIMIT_MS, 10_000),
    memoryLimitMb: whole(env.HEAVY_JOB_MEMORY_MB, 256),
    idleTimeoutMs: 15_000,
    log: (message) => console.error(message),
  };
}
