import { isProcessAlive } from "./isProcessAlive";
import { waitForProcessExit } from "./waitForProcessExit";

/** How a process was stopped: it stopped on SIGTERM, needed SIGKILL, was already gone, or survives both. */
export type StopOutcome = "stopped" | "killed" | "gone" | "survived";

/**
 * Stops process `pid`: SIGTERM (its own clean stop), then SIGKILL if it is still there after
 * `graceMs`, waiting each time for it to exit by polling it (never a fixed sleep).
 */
export async function stopProcess(pid: number, graceMs: number, killWaitMs = 5_000): Promise<StopOutcome> {
  if (!isProcessAlive(pid)) return "gone";
  if (!signal(pid, "SIGTERM")) return "gone";
  if (await waitForProcessExit(pid, graceMs)) return "stopped";
  if (!signal(pid, "SIGKILL")) return "killed";
  return (await waitForProcessExit(pid, killWaitMs)) ? "killed" : "survived";
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
