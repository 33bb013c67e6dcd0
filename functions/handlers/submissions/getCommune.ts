import { adhesionPeriods } from "../../../shared/adhesion/adhesionPeriods";
import { procedureView } from "../../../shared/adhesion/procedureView";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { STATUS_LABELS } from "../../../shared/adhesion/submissionStatus";
import { communeAccess } from "../../communes/communeAccess";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { readDraftRecord } from "../../storage/drafts/draftTable";
import { listTimeline } from "../../storage/events/timelineTable";
import { listCommuneSubmissions } from "../../storage/submissions/submissionTable";
import { adhesionChanges } from "../../../shared/adhesion/adhesionChanges";
import { submissionSummary } from "../../submissions/submissionSummary";
import { timelineView } from "../../submissions/timelineView";

/**
 * GET /api/communes/{insee} — where a commune stands: current status (brouillon, déposée, à corriger,
 * validée), every version, the adhesion periods by set, the exclusion procedure (open notices with
 * their deadline and days left, current exclusions), the staff's last comment and the history.
 */
export const getCommune: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const [versions, timeline, draft] = await Promise.all([
    listCommuneSubmissions(services.store, commune.insee),
    listTimeline(services.store, commune.insee),
    readDraftRecord(services.store, commune.insee),
  ]);
  const latest = versions.at(-1);
  const status = latest?.status ?? (draft ? "brouillon" : "aucun");
  const lastReturn = [...versions].reverse().find((version) => version.decision?.kind === "return")?.decision;
  return jsonResponse({
    insee: commune.insee,
    name: commune.name,
    status,
    statusLabel: status === "aucun" ? "aucun dépôt" : STATUS_LABELS[status],
    draftSavedAt: draft?.savedAt ?? null,
    versions: versions.map(submissionSummary),
    adhesions: adhesionPeriods(adhesionChanges(timeline)),
    ...procedureView(timeline, todayInParis(services.now())),
    lastReturn: lastReturn ?? null,
    history: timeline.map(timelineView),
  });
};
