import { readYear } from "../../finance/readYear";
import { runSummary } from "../../finance/runSummary";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listRuns as listYearRuns } from "../../storage/finance/runTable";

/** GET /api/years/{year}/runs — the year's runs, oldest first, and which one is published (finance, staff). */
export const listRuns: Handler = async (request, { services }) => {
  const year = readYear(request);
  const runs = await listYearRuns(services.store, year);
  return jsonResponse({ year, publishedRunId: runs.find((run) => run.status === "publie")?.runId ?? null, runs: runs.map(runSummary) });
};
