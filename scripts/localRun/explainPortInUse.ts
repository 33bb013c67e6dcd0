import { portOwner } from "../processes/portOwner";

/**
 * The error to show for a server that could not listen on `port`: when the port is taken (EADDRINUSE),
 * a French message naming what holds it (pid and command, when it can be told) and the variable that
 * chooses another port; any other error as it is.
 */
export function explainPortInUse(error: unknown, port: number, what: string, variable: string): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== "EADDRINUSE") return error;
  const owner = portOwner(port);
  const holder = owner
    ? `par le processus ${owner.pid}${owner.commandLine ? ` (${owner.commandLine.args.join(" ").slice(0, 200)})` : ""}`
    : "par un autre programme";
  return new Error(`le port ${port} (${what}) est déjà utilisé ${holder} : arrêtez-le, ou choisissez un autre port avec ${variable}=…`);
}
