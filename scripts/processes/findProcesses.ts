import { readdirSync } from "node:fs";
import { commandLineOf, type CommandLine } from "./commandLineOf";

/** Pids of the live processes (of /proc: Linux) whose command line satisfies `matches`, this one excepted. */
export function findProcesses(matches: (commandLine: CommandLine) => boolean): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid)
    .filter((pid) => {
      const commandLine = commandLineOf(pid);
      return commandLine !== undefined && matches(commandLine);
    });
}
