import path from "node:path";
import type { CommandLine } from "../processes/commandLineOf";

/** This repository's scripts/start.ts, which `npm start` runs. */
export const START_SCRIPT = path.resolve(__dirname, "..", "start.ts");

/** True when a command line runs this repository's `npm start` (scripts/start.ts, by any path). */
export function isStartScript(commandLine: CommandLine): boolean {
  return commandLine.args.some((arg) => arg.endsWith("start.ts") && path.resolve(commandLine.cwd ?? "/", arg) === START_SCRIPT);
}
