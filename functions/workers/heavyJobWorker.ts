import { parentPort } from "node:worker_threads";
import type { HeavyJob, HeavyJobResults } from "./heavyJob";
import type { HeavyJobStarted } from "./heavyJobStarted";
import { performHeavyJob } from "./performHeavyJob";

/**
 * The entry of the pool's worker threads, bundled on its own (`bundleHeavyJobWorker`): says the
 * job has started, then does it. Loaded by plain Node, never through jest's or tsx's transforms.
 */
export default async function heavyJobWorker(task: { readonly id: number; readonly job: HeavyJob }): Promise<HeavyJobResults[HeavyJob["kind"]]> {
  const started: HeavyJobStarted = { heavyJobStarted: task.id };
  parentPort?.postMessage(started);
  return performHeavyJob(task.job);
}
