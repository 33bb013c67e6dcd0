import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { todayInParis } from "../../shared/calendar/todayInParis";

// `npm start` (scripts/start.ts), as a newcomer runs it: Azurite persisted in a data folder, the
// API, the add-in server, the demo seeded through the API on first run only, Ctrl-C stops all.
// Free ports and a temporary data folder so that it runs beside the other tests.
const ROOT = path.resolve(__dirname, "..", "..");
let dataDir: string;
let addinDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "start-data-"));
  addinDir = await mkdtemp(path.join(os.tmpdir(), "start-addin-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(addinDir, { recursive: true, force: true });
});

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: string;
  readonly api: string;
  readonly addin: string;
  readonly staff: string;
  readonly finance: string;
}

/** `npm start` (scripts/start.ts run directly) on free ports with the temporary data folders; `env` adds or overrides variables. */
function spawnStart(env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, ADDIN_DIST_DIR: addinDir, PORT: "0", ADDIN_PORT: "0", ...env },
  });
}

/** The real `npm start`: npm, then the shell and tsx it starts, then scripts/start.ts. */
function spawnNpmStart(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn("npm", ["start", "--silent"], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ADDIN_DIST_DIR: addinDir, ...env } });
}

function start(child: ChildProcessWithoutNullStreams = spawnStart()): Promise<Started> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`npm start not ready in 150 s:\n${output}`)), 150_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Ctrl-C pour tout arrêter.")) return;
      clearTimeout(timer);
      const field = (pattern: RegExp) => pattern.exec(output)?.[1] ?? "";
      resolve({
        child,
        output,
        api: field(/API \.+ (http:\/\/127\.0\.0\.1:\d+)\/api/),
        addin: field(/Complément Excel \. (http:\/\/\S+)/),
        staff: field(/ staff +: (\S+)/),
        finance: field(/ finance +: (\S+)/),
      });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });
}

test("starts Azurite, the API and the add-in server with the demo, stops cleanly, and seeds only once", async () => {
  const first = await start();
  try {
    const get = (url: string, token?: string) => fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    expect((await get(`${first.api}/api/health`)).status).toBe(200);
    const communes = (await (await get(`${first.api}/api/communes`, first.staff)).json()) as { epci: { name: string }; communes: { status: string }[] };
    expect(communes.communes).toHaveLength(23);
    const statuses = new Set(communes.communes.map((commune) => commune.status));
    for (const status of ["validee", "deposee", "a_corriger"]) expect(statuses).toContain(status);
    // The demo's run covers the current year, with the validations dated inside it: communes pay their share.
    const year = Number(todayInParis(new Date()).slice(0, 4));
    const runs = (await (await get(`${first.api}/api/years/${year}/runs`, first.finance)).json()) as { runs: { runId: string }[] };
    expect(runs.runs.length).toBeGreaterThan(0);
    const run = (await (await get(`${first.api}/api/years/${year}/runs/${runs.runs[0]!.runId}`, first.finance)).json()) as { report: { summary: { communes: string } }; warnings: { kind: string }[] };
    expect(Number(run.report.summary.communes)).toBeGreaterThan(0);
    expect(run.warnings.map((warning) => warning.kind)).toContain("memberLeftOut");
    const pane = await get(first.addin);
    expect(pane.status).toBe(200);
    expect(pane.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(first.output).toMatch(/Démonstration : \d+ communes avec des inventaires illustratifs/);
  } finally {
    expect(await stop(first.child)).toBe(0);
  }
  const second = await start();
  try {
    expect(second.output).toContain("Données de démonstration déjà présentes : rien à ajouter.");
  } finally {
    expect(await stop(second.child)).toBe(0);
  }
  expect(azuriteProcessesUsing(dataDir)).toEqual([]);
}, 400_000);

test("Ctrl-C at the first line printed stops what was started and exits cleanly", async () => {
  const child = spawnStart();
  let output = "";
  const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
  // The first line start.ts prints comes from the demo step, after Azurite, the API and the add-in
  // server have started: the signal arrives at the end of start-up (before or after the last line).
  child.stdout.once("data", () => child.kill("SIGINT"));
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  expect(await exit).toBe(0);
  expect(output).toContain("Arrêt…");
  expect(azuriteProcessesUsing(dataDir)).toEqual([]);
}, 200_000);

/** `count` TCP ports free on the loopback interface now. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Polls `condition` until it holds or `timeoutMs` has passed (then fails with `what`). */
async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function exited(child: ChildProcessWithoutNullStreams): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
}

// kill -9 of `npm` leaves what it started running: the shell, tsx and scripts/start.ts, with the API
// and task pane ports and Azurite on the data folder. The next npm start stops that run (recorded in
// the data folder) instead of failing on the ports or starting a second Azurite on the same folder.
test("kill -9 of npm start: the next start stops what it left running, takes its ports, and exactly one Azurite runs on the folder", async () => {
  const [apiPort, addinPort] = await freePorts(2);
  const ports = { PORT: String(apiPort), ADDIN_PORT: String(addinPort), SEED_DEMO: "0" };
  const first = await start(spawnNpmStart(ports));
  const firstAzurites = azuriteProcessesUsing(dataDir);
  expect(firstAzurites).toHaveLength(1);
  first.child.kill("SIGKILL");
  await exited(first.child);
  // What npm had started runs on without it: the API still answers, Azurite still holds the folder.
  expect((await fetch(`http://127.0.0.1:${apiPort}/api/health`)).status).toBe(200);
  expect(azuriteProcessesUsing(dataDir)).toEqual(firstAzurites);
  const second = await start(spawnStart(ports));
  try {
    expect(second.output).toMatch(/Un npm start précédent tourne encore sur ce dossier de données \(processus \d+, ports API \d+, complément \d+\) : arrêt…/);
    expect(second.api).toBe(`http://127.0.0.1:${apiPort}`);
    expect((await fetch(`${second.api}/api/health`)).status).toBe(200);
    const azurites = azuriteProcessesUsing(dataDir);
    expect(azurites).toHaveLength(1);
    expect(azurites).not.toEqual(firstAzurites);
  } finally {
    expect(await stop(second.child)).toBe(0);
  }
  expect(azuriteProcessesUsing(dataDir)).toEqual([]);
}, 300_000);

test("kill -9 of the start process itself: its Azurite stops with it, and the next start leaves exactly one Azurite on the folder", async () => {
  const first = await start(spawnStart({ SEED_DEMO: "0" }));
  expect(azuriteProcessesUsing(dataDir)).toHaveLength(1);
  first.child.kill("SIGKILL");
  await exited(first.child);
  await waitUntil(() => azuriteProcessesUsing(dataDir).length === 0, 20_000, "the orphaned Azurite stops");
  const second = await start(spawnStart({ SEED_DEMO: "0" }));
  try {
    expect(azuriteProcessesUsing(dataDir)).toHaveLength(1);
  } finally {
    expect(await stop(second.child)).toBe(0);
  }
  expect(azuriteProcessesUsing(dataDir)).toEqual([]);
}, 300_000);

test("a port held by another program: the start stops, saying in French which process holds it", async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  const port = (holder.address() as AddressInfo).port;
  try {
    const child = spawnStart({ PORT: String(port), SEED_DEMO: "0" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(1);
    expect(output).toContain(`Démarrage impossible : le port ${port} (API) est déjà utilisé par le processus ${process.pid} (`);
    expect(output).toContain("PORT=");
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
  expect(azuriteProcessesUsing(dataDir)).toEqual([]);
}, 200_000);

/** Pids of live processes whose command line names the data folder (an Azurite left behind). */
function azuriteProcessesUsing(folder: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder);
      } catch {
        return false;
      }
    })
    .map(Number);
}
