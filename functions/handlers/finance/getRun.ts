import { formatQuotePartReport } from "../../../shared/quoteParts";
import { runDifferences } from "../../../shared/finance/runDifferences";
import { erasuresInRun } from "../../finance/erasuresInRun";
import { getRun as getStoredRun } from "../../storage/finance/runTable";
import { loadRun } from "../../finance/loadRun";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { runSummary } from "../../finance/runSummary";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";

/**
 * GET /api/years/{year}/runs/{runId} — a run's summary and its §5 report, with the ETag to publish it
 * (finance, staff); `erasedMembers` names the communes erased since it was computed (an unpublished
 * run that carries their data can no longer be published); a corrective run, and the run it
 * replaced, show the difference per member between them (before → after).
 */
export const getRun: Handler = async (request, { services }) => {
  const run = await loadRun(services, request);
  const counterpartId = run.corrects ?? run.replacedBy;
  const [quoteParts, erased, counterpart] = await Promise.all([
    loadRunQuoteParts(services, run),
    erasuresInRun(services, run),
    counterpartId ? getStoredRun(services.store, run.year, counterpartId) : undefined,
  ]);
  const report = formatQuotePartReport(quoteParts);
  // A corrective run against the run it replaces (or a replaced run against its replacement): the difference per member.
  const differences = counterpart && formatQuotePartReport(await loadRunQuoteParts(services, counterpart));
  const shown = differences && (run.corrects ? runDifferences(differences, report) : runDifferences(report, differences));
  return jsonResponse({ ...runSummary(run), ...(erased.length > 0 ? { erasedMembers: erased } : {}), ...(shown ? { differences: shown } : {}), report }, 200, run.etag ? { ETag: run.etag } : {});
};
