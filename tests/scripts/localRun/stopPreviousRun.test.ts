import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { START_SCRIPT } from "../../../scripts/localRun/isStartScript";
import { stopPreviousRun } from "../../../scripts/localRun/stopPreviousRun";
import { isProcessAlive } from "../../../scripts/processes/isProcessAlive";
import { startAzurite } from "../../../scripts/startAzurite";

// What an earlier npm start left running on a data folder is stopped before anything starts: only
// processes whose command line shows they are that npm start or an Azurite on this very folder.
const AZURITE_JS = path.join(path.dirname(require.resolve("azurite/package.json")), "dist", "src", "azurite.js");
const SHORT = { startMs: 1_000, azuriteMs: 1_000 };
let folder: string;
let paths: { azuriteDir: string; runFile: string };
const children: ChildProcess[] = [];

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "previous-run-"));
  paths = { azuriteDir: path.join(folder, "azurite"), runFile: path.join(folder, "npm-start.json") };
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await rm(folder, { recursive: true, force: true });
});

/** A process whose command line reads `args` (after `node -e <code>`), once it runs: a stand-in for Azurite or npm start. */
function standIn(args: readonly string[], ignoreSigterm = false): Promise<number> {
  const code = `${ignoreSigterm ? "process.on('SIGTERM', () => {});" : ""} setInterval(() => {}, 1000); console.log("prêt");`;
  const child = spawn(process.execPath, ["-e", code, ...args], { stdio: ["ignore", "pipe", "ignore"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve(child.pid ?? 0));
    child.once("exit", (code) => reject(new Error(`stand-in exited (${code})`)));
  });
}

test("a real Azurite left on the folder, named by the record: stopped (SIGTERM), the record removed", async () => {
  await mkdir(paths.azuriteDir, { recursive: true });
  const azurite = await startAzurite({ location: paths.azuriteDir });
  await writeFile(paths.runFile, JSON.stringify({ startPid: 999_999_999, azurite: { pid: azurite.pid, blobPort: azurite.blobPort, tablePort: azurite.tablePort } }));
  const lines = await stopPreviousRun(paths);
  expect(lines).toEqual([`Un Azurite laissé en marche utilise encore ${paths.azuriteDir} (processus ${azurite.pid}) : arrêt…`, "  Azurite arrêté."]);
  expect(isProcessAlive(azurite.pid)).toBe(false);
  expect(existsSync(paths.runFile)).toBe(false);
}, 60_000);

test("an Azurite on the folder that no record names is found and stopped; one ignoring SIGTERM is killed after the wait", async () => {
  const pid = await standIn([AZURITE_JS, "--location", paths.azuriteDir], true);
  const lines = await stopPreviousRun(paths, SHORT);
  expect(lines).toEqual([`Un Azurite laissé en marche utilise encore ${paths.azuriteDir} (processus ${pid}) : arrêt…`, "  Azurite arrêté de force (SIGKILL)."]);
  expect(isProcessAlive(pid)).toBe(false);
});

test("the recorded npm start still running is stopped first, its ports named", async () => {
  const pid = await standIn([START_SCRIPT]);
  await writeFile(paths.runFile, JSON.stringify({ startPid: pid, apiPort: 7071, addinPort: 3000 }));
  const lines = await stopPreviousRun(paths, SHORT);
  expect(lines).toEqual([`Un npm start précédent tourne encore sur ce dossier de données (processus ${pid}, ports API 7071, complément 3000) : arrêt…`, "  npm start précédent arrêté."]);
  expect(isProcessAlive(pid)).toBe(false);
});

test("processes that are not what the record says, and Azurite on another folder, are left alone", async () => {
  const other = await standIn(["something-else.js"]);
  const elsewhere = await standIn([AZURITE_JS, "--location", path.join(folder, "autre")]);
  await writeFile(paths.runFile, JSON.stringify({ startPid: other, azurite: { pid: other, blobPort: 1, tablePort: 2 } }));
  expect(await stopPreviousRun(paths, SHORT)).toEqual([]);
  expect([isProcessAlive(other), isProcessAlive(elsewhere)]).toEqual([true, true]);
  expect(existsSync(paths.runFile)).toBe(false);
});

test("this very process is never stopped, even when the record names it", async () => {
  await writeFile(paths.runFile, JSON.stringify({ startPid: process.pid }));
  expect(await stopPreviousRun(paths, SHORT)).toEqual([]);
});
