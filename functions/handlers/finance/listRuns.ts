import { regularisationsOf } from "../../../shared/adhesion/regularisationsOf";
import { metropoleOf } from "../../finance/metropoleOf";
import { readYear } from "../../finance/readYear";
import { runSummary } from "../../finance/runSummary";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listTimelines } from "../../storage/events/listTimelines";
import { listRuns as listYearRuns } from "../../storage/finance/runTable";

/**
 * GET /api/years/{year}/runs — the year's runs, oldest first, which one is published, and the
 * régularisations pending for the year: events staff recorded after its publication that change it
 * (finance, staff).
 */
export const listRuns: Handler = async (request, { services }) => {
  const year = readYear(request);
  const { members } = metropoleOf(services);
  const [runs, timelines] = await Promise.all([listYearRuns(services.store, year), listTimelines(services.store, members.map((member) => member.insee))]);
  const histories = members.map((member) => ({ insee: member.insee, name: member.name, history: timelines.get(member.insee) ?? [] }));
  return jsonResponse({
    year,
    publishedRunId: runs.find((run) => run.status === "publie")?.runId ?? null,
    runs: runs.map(runSummary),
    pendingRegularisations: regularisationsOf(year, histories),
  });
};
