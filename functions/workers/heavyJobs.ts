import { createHeavyJobPool, type HeavyJobPool } from "./createHeavyJobPool";
import { defaultHeavyJobPoolOptions } from "./defaultHeavyJobPoolOptions";
import type { HeavyJobPoolOptions } from "./heavyJobPoolOptions";

let pool: HeavyJobPool | undefined;

/**
 * The process's heavy job pool, created on first use with `defaultHeavyJobPoolOptions`: what the
 * handlers run their CPU-heavy work in. `configure` replaces it with other settings (tests with
 * small limits, benchmarks); `close` ends its workers.
 */
export const heavyJobs = {
  run: ((job) => (pool ??= createHeavyJobPool(defaultHeavyJobPoolOptions())).run(job)) as HeavyJobPool["run"],
  async configure(options: Partial<HeavyJobPoolOptions>): Promise<void> {
    const previous = pool;
    pool = createHeavyJobPool({ ...defaultHeavyJobPoolOptions(), ...options });
    await previous?.close();
  },
  async close(): Promise<void> {
    const previous = pool;
    pool = undefined;
    await previous?.close();
  },
};
