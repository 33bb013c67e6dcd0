import { readFileSync } from "node:fs";

/** Resident memory of a process in MiB, from /proc (Linux); 0 when it cannot be read (ended). */
export function processRssMiB(pid: number): number {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kib ? Math.round(Number(kib) / 1024) : 0;
  } catch {
    return 0;
  }
}
