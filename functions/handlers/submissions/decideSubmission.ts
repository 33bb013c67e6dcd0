import { decisionSchema } from "../../../shared/adhesion/decision";
import { RETURN_REASON_LABELS } from "../../../shared/adhesion/decision";
import { selectionRefs } from "../../../shared/adhesion/adhesionPeriods";
import { inspectSubmission } from "../../../shared/inspection/inspectSubmission";
import { inspectionOptions } from "../../submissions/inspectionOptions";
import { getJsonDocument } from "../../storage/getDocument";
import type { SubmissionDocument } from "../../submissions/submissionDocument";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { ApiError, conflict, preconditionFailed, preconditionRequired } from "../../http/apiError";
import { refusalError } from "../../http/refusalError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { checkValidation } from "../../../shared/adhesion/rules/validationRules";
import { publishedYearsOfValidation } from "../../../shared/adhesion/rules/validation/publishedYearsOfValidation";
import { listTimeline } from "../../storage/events/timelineTable";
import { listPublications } from "../../storage/finance/runTable";
import { lastVersion, updateSubmission } from "../../storage/submissions/submissionTable";
import { loadVersion } from "../../submissions/loadVersion";
import { submissionSummary } from "../../submissions/submissionSummary";

/**
 * POST /api/communes/{insee}/submissions/{version}/decision — staff validate (adhesion effective
 * from a plausible date, 2000 to the end of next year; freshness checked again today; a date that
 * changes a published year needs `acknowledgePublishedYears` and is then a régularisation for
 * finance) or return it with a reason and a comment.
 * Requires `If-Match` with the version's ETag: of two reviewers deciding at once, exactly one wins
 * and the other gets 412.
 */
export const decideSubmission: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const ifMatch = request.header("if-match");
  if (!ifMatch) throw preconditionRequired("En-tête If-Match requis (ETag de la version examinée) : il évite que deux décisions se croisent.");
  const decision = parseInput(decisionSchema, readJsonBody(request), "Décision");
  const record = await loadVersion(services, request, commune.insee);
  if (ifMatch !== record.etag) throw preconditionFailed("Cette version a changé depuis votre lecture (décision déjà prise ?) : rechargez-la.");
  if (record.status !== "deposee") throw conflict(`Décision impossible : la version ${record.version} est « ${record.status === "validee" ? "validée" : "à corriger"} ».`);
  const latest = await lastVersion(services.store, commune.insee);
  if (latest !== record.version) throw conflict(`Une version plus récente (${latest}) a été déposée : examinez-la.`);
  const now = services.now();
  let publishedYears: number[] = [];
  if (decision.decision === "validate") {
    const [history, published] = await Promise.all([listTimeline(services.store, commune.insee), listPublications(services.store)]);
    const context = {
      effectiveFrom: decision.effectiveFrom,
      refs: selectionRefs(record.sets, record.domains),
      acknowledgePublishedYears: decision.acknowledgePublishedYears === true,
      communeName: commune.name,
      history,
      today: todayInParis(now),
      published,
    };
    const refusals = checkValidation(context);
    if (refusals.length > 0) throw refusalError(refusals);
    publishedYears = publishedYearsOfValidation(context).map(({ year }) => year);
    const { submission } = await getJsonDocument<SubmissionDocument>(services.store, record.document);
    const report = inspectSubmission(submission, inspectionOptions(services, now));
    const stale = report.findings.filter((finding) => finding.ruleId.startsWith("freshness.") && finding.severity === "error");
    if (stale.length > 0) {
      const reasons = stale.map((finding) => finding.message).join(" ");
      throw new ApiError(422, "etat_des_lieux_perime", `Validation impossible : ${reasons} Retournez la version avec le motif « outdated ».`);
    }
  }
  const actor = actorOf(principal!);
  const decidedAt = now.toISOString();
  const status = decision.decision === "validate" ? "validee" : "a_corriger";
  const updated = await updateSubmission(
    services.store,
    {
      ...record,
      status,
      decision:
        decision.decision === "validate"
          ? { kind: "validate", decidedAt, decidedBy: actor, effectiveFrom: decision.effectiveFrom, ...(decision.comment ? { comment: decision.comment } : {}) }
          : { kind: "return", decidedAt, decidedBy: actor, reason: decision.reason, comment: decision.comment },
    },
    ifMatch,
    {
      event: {
        insee: commune.insee,
        at: decidedAt,
        by: actor,
        type: decision.decision === "validate" ? "validation" : "retour",
        ...(decision.decision === "validate" ? { date: decision.effectiveFrom, sets: selectionRefs(record.sets, record.domains) } : { reason: decision.reason }),
        ...(publishedYears.length > 0 ? { publishedYears } : {}),
        ...(decision.comment ? { comment: decision.comment } : {}),
      },
      audit: (version) => ({
        at: decidedAt,
        actor,
        action: decision.decision === "validate" ? "submission.validate" : "submission.return",
        target: `submission:${commune.insee}:v${version}`,
        from: record.status,
        to: status,
        details:
          decision.decision === "validate"
            ? { effectiveFrom: decision.effectiveFrom, ...(decision.comment ? { comment: decision.comment } : {}), ...(publishedYears.length > 0 ? { publishedYears } : {}) }
            : { reason: decision.reason, reasonLabel: RETURN_REASON_LABELS[decision.reason], comment: decision.comment },
      }),
    },
  );
  if (!updated) throw preconditionFailed("Une autre décision a été enregistrée entre-temps sur cette version : rechargez-la.");
  return jsonResponse(submissionSummary(updated), 200, updated.etag ? { ETag: updated.etag } : {});
};
