import { existsSync } from "node:fs";
import path from "node:path";
import { HEAVY_JOB_WORKER_FILE_NAME } from "./heavyJobWorkerFileName";

/**
 * The worker entry to start the pool's threads with. In the production bundle (`npm run
 * build:functions`) it was bundled beside this code. In development and tests this code runs as
 * TypeScript (tsx, jest) and a worker thread loads plain JavaScript only: it is bundled from the
 * sources into a cache (`bundleWorkerInCache`, loaded on demand: esbuild is a development tool).
 */
export async function heavyJobWorkerFile(): Promise<string> {
  const prebuilt = path.join(__dirname, HEAVY_JOB_WORKER_FILE_NAME);
  if (existsSync(prebuilt)) return prebuilt;
  const { bundleWorkerInCache } = await import("./bundleWorkerInCache");
  return bundleWorkerInCache();
}
