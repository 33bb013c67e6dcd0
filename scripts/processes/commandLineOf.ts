import { readFileSync, readlinkSync } from "node:fs";

/** A process's command line (its arguments, the program first) and working directory. */
export interface CommandLine {
  readonly args: readonly string[];
  readonly cwd?: string;
}

/** The command line of process `pid` from /proc (Linux); undefined when it is gone or cannot be read. */
export function commandLineOf(pid: number): CommandLine | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter((arg, index, all) => arg !== "" || index < all.length - 1);
    if (args.length === 0) return undefined;
    let cwd: string | undefined;
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      cwd = undefined;
    }
    return { args, ...(cwd ? { cwd } : {}) };
  } catch {
    return undefined;
  }
}
