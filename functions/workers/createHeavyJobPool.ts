import Piscina from "piscina";
import type { HeavyJob, HeavyJobResults } from "./heavyJob";
import { HeavyJobError } from "./heavyJobError";
import type { HeavyJobPoolOptions } from "./heavyJobPoolOptions";
import type { HeavyJobStarted } from "./heavyJobStarted";

/** A bounded pool of worker threads for the CPU-heavy work of requests. */
export interface HeavyJobPool {
  /** Runs a job in a worker; rejects with a `HeavyJobError` when a limit stops or refuses it, and with the job's own error otherwise. */
  run<K extends HeavyJob["kind"]>(job: Extract<HeavyJob, { kind: K }>): Promise<HeavyJobResults[K]>;
  /** Ends the workers (jobs under way are rejected). */
  close(): Promise<void>;
}

function isStarted(message: unknown): message is HeavyJobStarted {
  return typeof message === "object" && message !== null && typeof (message as Partial<HeavyJobStarted>).heavyJobStarted === "number";
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * A pool of worker threads (piscina) that keeps the event loop free of the heavy work: a bounded
 * number of threads, a bounded queue (beyond, `busy` at once; counted here, since piscina does not
 * bound the queue of tasks given an abort signal), a wait limit, a time limit per job counted from
 * its start in a worker, and a heap limit per worker (`resourceLimits`). A job past its time is
 * aborted and piscina terminates its worker; a worker past its heap limit is ended by V8. Either
 * way the pool starts a new worker when needed and only that job fails: the others keep their
 * thread and their time.
 */
export function createHeavyJobPool(options: HeavyJobPoolOptions): HeavyJobPool {
  const onStart = new Map<number, () => void>();
  let nextId = 0;
  let inFlight = 0;
  let started: Promise<Piscina> | undefined;
  const piscina = () =>
    (started ??= options.workerFile().then(
      (filename) => {
        const pool = new Piscina({ filename, minThreads: 0, maxThreads: options.threads, idleTimeout: options.idleTimeoutMs, resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb } });
        pool.on("message", (message: unknown) => {
          if (isStarted(message)) onStart.get(message.heavyJobStarted)?.();
        });
        // A worker failing with no job under way: logged (an 'error' event without listener would end the process).
        pool.on("error", (error: unknown) => options.log(`erreur d'un fil de calcul : ${errorText(error)}`));
        return pool;
      },
      (error: unknown) => {
        started = undefined;
        throw error;
      },
    ));

  async function runInPool(pool: Piscina, job: HeavyJob): Promise<unknown> {
    const id = (nextId += 1);
    const abort = new AbortController();
    let stoppedBy: HeavyJobError | undefined;
    const stopAfter = (ms: number, error: HeavyJobError) =>
      setTimeout(() => {
        stoppedBy = error;
        abort.abort();
      }, ms);
    let timer = stopAfter(options.waitLimitMs, new HeavyJobError("wait", options.waitLimitMs));
    onStart.set(id, () => {
      clearTimeout(timer);
      timer = stopAfter(options.timeLimitMs, new HeavyJobError("time", options.timeLimitMs));
    });
    try {
      return await pool.run({ id, job }, { signal: abort.signal });
    } catch (error) {
      if (stoppedBy) throw stoppedBy;
      if ((error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY") throw new HeavyJobError("memory", options.memoryLimitMb);
      throw error;
    } finally {
      clearTimeout(timer);
      onStart.delete(id);
    }
  }

  return {
    async run<K extends HeavyJob["kind"]>(job: Extract<HeavyJob, { kind: K }>): Promise<HeavyJobResults[K]> {
      if (inFlight >= options.threads + options.queue) throw new HeavyJobError("busy", options.queue);
      inFlight += 1;
      try {
        return (await runInPool(await piscina(), job)) as HeavyJobResults[K];
      } finally {
        inFlight -= 1;
      }
    },
    async close() {
      const pool = started;
      started = undefined;
      if (pool) await (await pool).destroy();
    },
  };
}
