import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleHeavyJobWorker } from "./bundleHeavyJobWorker";

const ROOT = path.resolve(__dirname, "..", "..");
/** Inside node_modules, so that the bundle's `require("exceljs")` finds the project's packages. */
const CACHE = path.join(ROOT, "node_modules", ".cache", "heavy-job-worker");
/** Bundles of other sources older than this are removed (another checkout's may still be in use meanwhile). */
const KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * The worker entry bundled from the sources, for development and tests (tsx, jest), where the pool's
 * code is TypeScript and no bundle sits beside it: bundled with esbuild (≈ 0.1 s) and written once
 * per content, named after its hash, so processes running the same sources share one file and a
 * changed source gives a new one. Written under a temporary name then renamed: a concurrent
 * process never loads half a file.
 */
export async function bundleWorkerInCache(): Promise<string> {
  await mkdir(CACHE, { recursive: true });
  const code = await bundleHeavyJobWorker({ outfile: path.join(CACHE, "heavyJobWorker.js"), external: "packages", write: false, sourcemap: "inline" });
  const file = path.join(CACHE, `heavyJobWorker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`);
  if (!existsSync(file)) {
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, code);
    await rename(temporary, file);
    await removeStaleBundles(file);
  } else {
    // Marks it as in use, so that another process does not take it for stale.
    await utimes(file, new Date(), new Date()).catch(() => undefined);
  }
  return file;
}

async function removeStaleBundles(current: string): Promise<void> {
  for (const name of await readdir(CACHE)) {
    const file = path.join(CACHE, name);
    if (file === current) continue;
    const stats = await stat(file).catch(() => undefined);
    if (stats && Date.now() - stats.mtimeMs > KEPT_MS) await rm(file, { force: true });
  }
}
