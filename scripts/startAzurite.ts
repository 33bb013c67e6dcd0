import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** Azurite's well-known development account (public, documented by Microsoft; never a secret). */
const ACCOUNT = "devstoreaccount1";
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** A running Azurite emulator. */
export interface RunningAzurite {
  readonly blobPort: number;
  readonly tablePort: number;
  /** Storage connection string for `AzureWebJobsStorage`. */
  readonly connectionString: string;
  /** The emulator's process id (its CPU and memory can be read from /proc). */
  readonly pid: number;
  /** Stops the emulator and waits for its exit. */
  stop(): Promise<void>;
}

/** Options: a data folder to persist to (in memory when absent), and fixed ports (free ports when 0 or absent). */
export interface AzuriteOptions {
  readonly location?: string;
  readonly blobPort?: number;
  readonly tablePort?: number;
}

/**
 * Starts Azurite (the npm package) on loopback, telemetry off. In memory unless `location` is given.
 * Resolves once the blob and table services listen. Azurite stops by itself when this process dies.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const entry = path.join(path.dirname(require.resolve("azurite/package.json")), "dist", "src", "azurite.js");
  const args = [
    entry,
    "--disableTelemetry",
    "--skipApiVersionCheck",
    "--silent",
    "--blobHost", "127.0.0.1",
    "--tableHost", "127.0.0.1",
    "--queueHost", "127.0.0.1",
    "--blobPort", String(options.blobPort ?? 0),
    "--tablePort", String(options.tablePort ?? 0),
    "--queuePort", "0",
    ...(options.location ? ["--location", options.location] : ["--inMemoryPersistence", "--extentMemoryLimit", "512"]),
  ];
  // Azurite dies with the process that starts it (see azuriteExitsWithParent.cjs): never one left
  // running on a data folder after its parent was killed.
  const exitsWithParent = ["--require", path.join(__dirname, "azuriteExitsWithParent.cjs")];
  const child = spawn(process.execPath, [...exitsWithParent, ...(process.env.AZURITE_NODE_ARGS ?? "").split(" ").filter(Boolean), ...args], {
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    cwd: options.location ?? process.cwd(),
  });
  // The channel only tells Azurite that this process is gone: it must not keep this process alive.
  child.channel?.unref();
  const ports = await waitForPorts(child);
  const connectionString = [
    "DefaultEndpointsProtocol=http",
    `AccountName=${ACCOUNT}`,
    `AccountKey=${ACCOUNT_KEY}`,
    `BlobEndpoint=http://127.0.0.1:${ports.blob}/${ACCOUNT}`,
    `TableEndpoint=http://127.0.0.1:${ports.table}/${ACCOUNT}`,
  ].join(";");
  return { blobPort: ports.blob, tablePort: ports.table, connectionString, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

function waitForPorts(child: ChildProcess): Promise<{ blob: number; table: number }> {
  return new Promise((resolve, reject) => {
    let output = "";
    const found: { blob?: number; table?: number } = {};
    const timer = setTimeout(() => fail(new Error(`Azurite n'a pas démarré en 30 s :\n${output}`)), 30_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    }
    function read(chunk: Buffer) {
      output += chunk.toString("utf8");
      for (const match of output.matchAll(/Azurite (Blob|Table) service is successfully listening at http:\/\/[^:]+:(\d+)/g)) {
        found[match[1] === "Blob" ? "blob" : "table"] = Number(match[2]);
      }
      if (found.blob !== undefined && found.table !== undefined) {
        clearTimeout(timer);
        child.stdout?.off("data", read);
        child.stdout?.resume();
        resolve({ blob: found.blob, table: found.table });
      }
    }
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => fail(new Error(`Azurite s'est arrêté (code ${code}) :\n${output}`)));
    child.once("error", (error) => fail(new Error(`Azurite n'a pas pu être lancé : ${error.message}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
