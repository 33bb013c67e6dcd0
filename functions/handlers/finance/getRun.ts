import { formatQuotePartReport } from "../../../shared/quoteParts";
import { erasuresInRun } from "../../finance/erasuresInRun";
import { loadRun } from "../../finance/loadRun";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { runSummary } from "../../finance/runSummary";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";

/**
 * GET /api/years/{year}/runs/{runId} — a run's summary and its §5 report, with the ETag to publish it
 * (finance, staff); `erasedMembers` names the communes erased since it was computed (an unpublished
 * run that carries their data can no longer be published).
 */
export const getRun: Handler = async (request, { services }) => {
  const run = await loadRun(services, request);
  const [quoteParts, erased] = await Promise.all([loadRunQuoteParts(services, run), erasuresInRun(services, run)]);
  const report = formatQuotePartReport(quoteParts);
  return jsonResponse({ ...runSummary(run), ...(erased.length > 0 ? { erasedMembers: erased } : {}), report }, 200, run.etag ? { ETag: run.etag } : {});
};
