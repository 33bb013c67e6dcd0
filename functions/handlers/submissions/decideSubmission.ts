import { selectionRefs } from "../../../shared/adhesion/adhesionPeriods";
import { decisionRecord } from "../../../shared/adhesion/decisionRecord";
import { decisionSchema } from "../../../shared/adhesion/decision";
import { checkDecision } from "../../../shared/adhesion/rules/decisionRules";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { preconditionFailed, preconditionRequired } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import { refusalError } from "../../http/refusalError";
import type { Handler } from "../../http/routeDefinition";
import { listTimeline } from "../../storage/events/timelineTable";
import { listPublications } from "../../storage/finance/runTable";
import { getJsonDocument } from "../../storage/getDocument";
import { lastVersion, updateSubmission } from "../../storage/submissions/submissionTable";
import { loadVersion } from "../../submissions/loadVersion";
import type { SubmissionDocument } from "../../submissions/submissionDocument";
import { submissionSummary } from "../../submissions/submissionSummary";

/**
 * POST /api/communes/{insee}/submissions/{version}/decision — staff validate a version (adhesion
 * effective from a date) or return it with a reason and a comment. Requires `If-Match` with the
 * version's ETag: of two reviewers deciding at once, exactly one wins and the other gets 412. The
 * rules (shared/adhesion/rules/decisionRules: a version déposée and the latest, a plausible
 * effective date, freshness again today, published years acknowledged) answer 400, 409 or 422.
 */
export const decideSubmission: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const ifMatch = request.header("if-match");
  if (!ifMatch) throw preconditionRequired("En-tête If-Match requis (ETag de la version examinée) : il évite que deux décisions se croisent.");
  const decision = parseInput(decisionSchema, readJsonBody(request), "Décision");
  const record = await loadVersion(services, request, commune.insee);
  if (ifMatch !== record.etag) throw preconditionFailed("Cette version a changé depuis votre lecture (décision déjà prise ?) : rechargez-la.");
  const now = services.now();
  const [latestVersion, history, published, document] = await Promise.all([
    lastVersion(services.store, commune.insee),
    listTimeline(services.store, commune.insee),
    listPublications(services.store),
    decision.decision === "validate" ? getJsonDocument<SubmissionDocument>(services.store, record.document) : undefined,
  ]);
  const context = {
    decision,
    version: { number: record.version, status: record.status, refs: selectionRefs(record.sets, record.domains) },
    latestVersion,
    ...(document ? { submission: document.submission } : {}),
    communeName: commune.name,
    history,
    today: todayInParis(now),
    maxAgeMonths: services.config.freshnessMonths,
    published,
  };
  const refusals = checkDecision(context);
  if (refusals.length > 0) throw refusalError(refusals);
  const { status, decision: recorded, event, audit } = decisionRecord(context, { at: now.toISOString(), by: actorOf(principal!) });
  const updated = await updateSubmission(services.store, { ...record, status, decision: recorded }, ifMatch, {
    event: { insee: commune.insee, ...event },
    audit: (version) => ({ ...audit, target: `submission:${commune.insee}:v${version}`, from: record.status }),
  });
  if (!updated) throw preconditionFailed("Une autre décision a été enregistrée entre-temps sur cette version : rechargez-la.");
  return jsonResponse(submissionSummary(updated), 200, updated.etag ? { ETag: updated.etag } : {});
};
