import { formatQuotePartReport } from "../../../shared/quoteParts";
import { loadRun } from "../../finance/loadRun";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { runSummary } from "../../finance/runSummary";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";

/** GET /api/years/{year}/runs/{runId} — a run's summary and its §5 report, with the ETag to publish it (finance, staff). */
export const getRun: Handler = async (request, { services }) => {
  const run = await loadRun(services, request);
  const report = formatQuotePartReport(await loadRunQuoteParts(services, run));
  return jsonResponse({ ...runSummary(run), report }, 200, run.etag ? { ETag: run.etag } : {});
};
