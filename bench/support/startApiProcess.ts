import { build } from "esbuild";
import { spawn } from "node:child_process";
import path from "node:path";
import { bundleHeavyJobWorker } from "../../functions/workers/bundleHeavyJobWorker";
import { HEAVY_JOB_WORKER_FILE_NAME } from "../../functions/workers/heavyJobWorkerFileName";

/** The API running in a process of its own (bench/support/serveApi.ts): its URL and process id. */
export interface ApiProcess {
  readonly url: string;
  readonly pid: number;
  /** Whether the process is still alive (a crash ends it). */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * Bundles bench/support/serveApi.ts with esbuild as the functions app is bundled for production
 * (dist/bench/serveApi.js, packages left in node_modules, the heavy job pool's worker entry
 * beside it), starts it with node (one process: its memory and CPU are the API's) and waits for
 * its port. `env`: AzureWebJobsStorage, STORAGE_PREFIX, EPCI_SIREN, BENCH_PUBLIC_JWK.
 * BENCH_API_NODE_ARGS adds node options to the API process only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * BENCH_API_ROOT serves the API of another checkout instead (e.g. an earlier commit, to compare;
 * its node_modules beside it), in its own dist/bench.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const root = path.resolve(process.env.BENCH_API_ROOT ?? path.join(__dirname, "..", ".."));
  const entry = path.join(root, "dist", "bench", "serveApi.js");
  await build({ entryPoints: [path.join(root, "bench", "support", "serveApi.ts")], outfile: entry, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", sourcemap: true, logLevel: "warning" });
  if (!process.env.BENCH_API_ROOT) await bundleHeavyJobWorker({ outfile: path.join(path.dirname(entry), HEAVY_JOB_WORKER_FILE_NAME), external: "packages", write: true, sourcemap: "external" });
  const child = spawn(process.execPath, [...(process.env.BENCH_API_NODE_ARGS ?? "").split(" ").filter(Boolean), "--enable-source-maps", entry], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  let exited = false;
  child.once("exit", () => (exited = true));
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PORT (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`API process exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    alive: () => !exited,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
