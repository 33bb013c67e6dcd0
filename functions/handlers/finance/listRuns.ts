import { regularisationsOf } from "../../../shared/adhesion/regularisationsOf";
import { metropoleOf } from "../../finance/metropoleOf";
import { readYear } from "../../finance/readYear";
import { isRecordedBy } from "../../finance/isRecordedBy";
import { runSummary } from "../../finance/runSummary";
import { readOpenCorrection } from "../../storage/finance/correctionTable";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listTimelines } from "../../storage/events/listTimelines";
import { listRuns as listYearRuns } from "../../storage/finance/runTable";

/**
 * GET /api/years/{year}/runs — the year's runs, oldest first, which one is published, the open
 * correction if any, and the régularisations pending for the year: events staff recorded that change
 * it and that its publication does not carry (finance, staff).
 */
export const listRuns: Handler = async (request, { services }) => {
  const year = readYear(request);
  const { members } = metropoleOf(services);
  const [runs, timelines, correction] = await Promise.all([
    listYearRuns(services.store, year),
    listTimelines(services.store, members.map((member) => member.insee)),
    readOpenCorrection(services.store, year),
  ]);
  const histories = members.map((member) => ({ insee: member.insee, name: member.name, history: timelines.get(member.insee) ?? [] }));
  const published = runs.find((run) => run.status === "publie");
  // Pending: changes to the published year its publication does not carry (recorded after its cut-off, or after it was computed).
  const carried = (at: string) => published !== undefined && isRecordedBy(at, published.cutoff) && at <= published.createdAt;
  const pending = published ? regularisationsOf(year, histories).filter((event) => !carried(event.recordedAt)) : [];
  return jsonResponse({
    year,
    publishedRunId: published?.runId ?? null,
    openCorrection: correction ? { reason: correction.reason, openedAt: correction.openedAt, openedBy: correction.openedBy, replaces: correction.replaces } : null,
    runs: runs.map(runSummary),
    pendingRegularisations: pending,
  });
};
