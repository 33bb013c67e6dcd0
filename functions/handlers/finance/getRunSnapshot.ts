import { loadRun } from "../../finance/loadRun";
import { refuseRunWithErasedData } from "../../finance/refuseRunWithErasedData";
import type { Handler } from "../../http/routeDefinition";
import { getDocument } from "../../storage/getDocument";

/**
 * GET /api/years/{year}/runs/{runId}/snapshot — the run's frozen input, byte for byte (its SHA-256
 * is the run's `snapshot.sha256`): a scenario file that `npm run quote-parts` recomputes identically.
 * Not for an unpublished run carrying the data of a commune erased since (409).
 */
export const getRunSnapshot: Handler = async (request, { services }) => {
  const run = await loadRun(services, request);
  await refuseRunWithErasedData(services, run, "Lecture des entrées figées");
  const body = await getDocument(services.store, run.snapshot);
  const filename = `scenario-${run.year}-${run.runId}.json`;
  return { status: 200, body, headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` } };
};
