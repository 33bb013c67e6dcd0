import { communeAccess } from "../../communes/communeAccess";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listTimeline } from "../../storage/events/timelineTable";
import { getJsonDocument } from "../../storage/getDocument";
import { loadVersion } from "../../submissions/loadVersion";
import type { SubmissionDocument } from "../../submissions/submissionDocument";
import { submissionSummary } from "../../submissions/submissionSummary";
import { timelineView } from "../../submissions/timelineView";

/** GET /api/communes/{insee}/submissions/{version} — a version with its document, findings and the commune's full history; ETag for decisions. */
export const getSubmission: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const record = await loadVersion(services, request, commune.insee);
  const [document, timeline] = await Promise.all([getJsonDocument<SubmissionDocument>(services.store, record.document), listTimeline(services.store, commune.insee)]);
  return jsonResponse(
    { ...submissionSummary(record), submission: document.submission, findings: document.findings, history: timeline.map(timelineView) },
    200,
    record.etag ? { ETag: record.etag } : {},
  );
};
