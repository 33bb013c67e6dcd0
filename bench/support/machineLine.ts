import { execFileSync } from "node:child_process";
import os from "node:os";

/** The machine a figure was measured on: date, `nproc`, `free -h`'s total and swap, CPU model, Node version, load average at the start. */
export function machineLine(): string {
  const run = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: "utf8" }).trim();
    } catch {
      return "?";
    }
  };
  const free = run("free", ["-h"]).split("\n");
  const memory = free.find((line) => line.startsWith("Mem:"))?.split(/\s+/)[1] ?? "?";
  const swap = free.find((line) => line.startsWith("Swap:"))?.split(/\s+/)[1] ?? "?";
  const load = os.loadavg().map((value) => value.toFixed(2)).join(" ");
  return `${run("date", ["-u"])} — nproc ${run("nproc", [])} (${os.cpus()[0]?.model.trim() ?? "?"}), RAM ${memory}, swap ${swap}, Node ${process.version}, charge ${load}`;
}
