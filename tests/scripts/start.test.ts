import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

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

/** `npm start` on free ports with the temporary data folders. */
function spawnStart(): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, ADDIN_DIST_DIR: addinDir, PORT: "0", ADDIN_PORT: "0" },
  });
}

function start(): Promise<Started> {
  const child = spawnStart();
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
    const runs = (await (await get(`${first.api}/api/years/2025/runs`, first.finance)).json()) as { runs: unknown[] };
    expect(runs.runs.length).toBeGreaterThan(0);
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
