import type { LocalDataPaths } from "../localDataPaths";
import { commandLineOf } from "../processes/commandLineOf";
import { findProcesses } from "../processes/findProcesses";
import { isProcessAlive } from "../processes/isProcessAlive";
import { stopProcess, type StopOutcome } from "../processes/stopProcess";
import { isAzuriteOn } from "./isAzuriteOn";
import { isStartScript } from "./isStartScript";
import { readRunRecord, removeRunRecord } from "./runRecord";

/** How long each part may take to stop cleanly before it is killed. */
export interface StopGraces {
  /** `npm start` stops Azurite itself (5 s at most, then kills it): a little more. */
  readonly startMs: number;
  readonly azuriteMs: number;
}

const GRACES: StopGraces = { startMs: 15_000, azuriteMs: 10_000 };

const DONE: Readonly<Record<Exclude<StopOutcome, "survived">, string>> = { stopped: "arrêté", killed: "arrêté de force (SIGKILL)", gone: "déjà arrêté" };

/**
 * Before `npm start` starts anything: stops what an earlier one on the same data folder left running —
 * that `npm start` itself when it still runs (its `npm` killed with kill -9 leaves it running, with its
 * ports), and any Azurite on this folder's azurite/ (two on one folder would spoil its data). Only
 * processes whose command line proves what they are (/proc/<pid>/cmdline) are stopped: SIGTERM, then
 * SIGKILL after a bounded wait. Returns the French lines to print; throws (in French) when a process
 * survives even SIGKILL.
 */
export async function stopPreviousRun(paths: Pick<LocalDataPaths, "azuriteDir" | "runFile">, graces: StopGraces = GRACES): Promise<string[]> {
  const lines: string[] = [];
  const record = await readRunRecord(paths.runFile);
  const start = record?.startPid;
  if (start !== undefined && start !== process.pid && isProcessAlive(start) && isStartScript(commandLineOf(start) ?? { args: [] })) {
    const ports = [record?.apiPort && `API ${record.apiPort}`, record?.addinPort && `complément ${record.addinPort}`].filter(Boolean).join(", ");
    lines.push(`Un npm start précédent tourne encore sur ce dossier de données (processus ${start}${ports ? `, ports ${ports}` : ""}) : arrêt…`);
    lines.push(`  npm start précédent ${describe(await stopProcess(start, graces.startMs), start)}.`);
  }
  const recorded = record?.azurite?.pid;
  const azurites = new Set(findProcesses((commandLine) => isAzuriteOn(commandLine, paths.azuriteDir)));
  if (recorded !== undefined && isProcessAlive(recorded) && isAzuriteOn(commandLineOf(recorded) ?? { args: [] }, paths.azuriteDir)) azurites.add(recorded);
  for (const pid of azurites) {
    lines.push(`Un Azurite laissé en marche utilise encore ${paths.azuriteDir} (processus ${pid}) : arrêt…`);
    lines.push(`  Azurite ${describe(await stopProcess(pid, graces.azuriteMs), pid)}.`);
  }
  if (record) await removeRunRecord(paths.runFile, record.startPid);
  return lines;
}

function describe(outcome: StopOutcome, pid: number): string {
  if (outcome === "survived") throw new Error(`le processus ${pid} (d'un npm start précédent sur ce dossier de données) ne s'arrête pas, même avec SIGKILL : arrêtez-le à la main, puis relancez npm start.`);
  return DONE[outcome];
}
