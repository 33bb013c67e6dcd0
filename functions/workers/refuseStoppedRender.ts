import { ApiError } from "../http/apiError";
import { HeavyJobError } from "./heavyJobError";
import { heavyJobsBusy } from "./heavyJobsBusy";

/**
 * What the client is told when rendering a workbook it asked for (template, export) was stopped:
 * its request was valid, so the server is overloaded — 503 with Retry-After, naming the limit
 * met. Any other error goes on unchanged.
 */
export function refuseStoppedRender(error: unknown): never {
  if (!(error instanceof HeavyJobError)) throw error;
  if (error.failure === "busy" || error.failure === "wait") throw heavyJobsBusy();
  const limit = error.failure === "time" ? `${(error.limit / 1000).toLocaleString("fr-FR")} s de calcul` : `${error.limit.toLocaleString("fr-FR")} Mo de mémoire`;
  throw new ApiError(503, "indisponible", `La production du classeur a dépassé la limite de ${limit} : le serveur est surchargé, réessayez dans quelques instants.`, [], { "Retry-After": "5" });
}
