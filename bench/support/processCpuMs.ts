import { readFileSync } from "node:fs";

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); 0 when unreadable. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the command name (which may hold spaces, hence the last ")"): utime and stime, in clock ticks (100 Hz on Linux).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
