import { badRequest, notFound } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import type { Services } from "../services/services";
import { RUN_ID } from "../storage/finance/runConverters";
import type { RunRecord } from "../storage/finance/RunRecord";
import { getRun } from "../storage/finance/runTable";
import { readYear } from "./readYear";

/** The run named by the route's `{year}` and `{runId}` (400 when malformed, 404 when absent). */
export async function loadRun(services: Services, request: ApiRequest): Promise<RunRecord> {
  const year = readYear(request);
  const runId = request.params.runId ?? "";
  if (!RUN_ID.test(runId)) throw badRequest(`Identifiant de calcul invalide « ${runId} ».`, [{ path: "runId", message: "identifiant de calcul attendu (ex. 20250301T090000000Z-1a2b3c4d)" }]);
  const run = await getRun(services.store, year, runId);
  if (!run) throw notFound(`Calcul ${runId} introuvable pour ${year}.`);
  return run;
}
