import { spawn } from "node:child_process";
import path from "node:path";

/** The API running in a process of its own (bench/support/serveApi.ts): its URL and process id. */
export interface ApiProcess {
  readonly url: string;
  readonly pid: number;
  /** Whether the process is still alive (a crash ends it). */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts bench/support/serveApi.ts with `node --import tsx` (one process: its memory is the API's)
 * and waits for its port. `env`: AzureWebJobsStorage, STORAGE_PREFIX, EPCI_SIREN, BENCH_PUBLIC_JWK.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "serveApi.ts")], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
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
