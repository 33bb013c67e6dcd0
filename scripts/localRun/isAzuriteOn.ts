import path from "node:path";
import type { CommandLine } from "../processes/commandLineOf";

/**
 * True when a command line is Azurite's (`…/azurite/dist/src/azurite.js`, or the `azurite` command)
 * persisting to the folder `location` (`--location`, resolved from the process's directory).
 */
export function isAzuriteOn(commandLine: CommandLine, location: string): boolean {
  const { args } = commandLine;
  const at = args.indexOf("--location");
  const folder = at === -1 ? undefined : args[at + 1];
  return args.some((arg) => /(^|[\\/])azurite(\.js)?$/.test(arg)) && folder !== undefined && path.resolve(commandLine.cwd ?? "/", folder) === path.resolve(location);
}
