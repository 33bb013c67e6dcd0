import { checkFiling } from "../../../shared/adhesion/rules/filingRules";
import { refusalError } from "../../http/refusalError";
import { createHash, randomUUID } from "node:crypto";
import { inspectReceived } from "../../submissions/inspectReceived";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { withIdempotency } from "../../http/withIdempotency";
import { putDocument } from "../../storage/putDocument";
import type { SubmissionRecord } from "../../storage/submissions/submissionRecord";
import { createSubmission, versionOfRequest } from "../../storage/submissions/submissionTable";
import { XLSX_TYPE } from "../../http/mediaTypes";
import { readSubmissionBody, type ReceivedSubmission } from "../../submissions/readSubmissionBody";
import type { SubmissionDocument } from "../../submissions/submissionDocument";
import { submissionSummary } from "../../submissions/submissionSummary";
import type { Services } from "../../services/services";
import type { MemberCommune } from "../../communes/epciMembers";
import type { Finding } from "../../../shared/checks/finding";
import { locateFindings } from "../../../shared/inspection/locateFindings";
import { locatorFor } from "../../../shared/inspection/locatorFor";

/**
 * POST /api/communes/{insee}/submissions — submits the description organique (JSON or .xlsx).
 * Refused with 422 and the findings while any check fails; otherwise stored as a new immutable
 * version (document first, then its record with its history event and audit entry in one
 * transaction), status « déposée ». With an Idempotency-Key, a retry — even after a failure
 * half-way — never adds a second version. The response's findings name the cells of what was
 * sent (an uploaded workbook's own cells, even if its rows moved); the stored ones name the cells
 * of the sheet that renders the stored version, where staff review it.
 */
export const submitSubmission: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  return withIdempotency(services, request, commune.insee, async () => {
    const received = await readSubmissionBody(request);
    const { submission } = received;
    const refusals = checkFiling({ what: "Le document", documentInsee: submission.commune.insee, insee: commune.insee, communeName: commune.name });
    if (refusals.length > 0) throw refusalError(refusals);
    const now = services.now();
    const { findings, errorCount } = inspectReceived(services, received, now, commune.insee);
    if (errorCount > 0) {
      const message = `Dépôt refusé : ${errorCount} erreur(s) à corriger dans la description organique.`;
      return jsonResponse({ error: { code: "depot_incomplet", message }, findings }, 422);
    }
    const key = request.header("idempotency-key");
    const requestKey = key === undefined ? undefined : createHash("sha256").update(`${commune.insee}:${key}`).digest("hex");
    const record = await recordVersion(services, commune, received, findings, actorOf(principal!), now, requestKey);
    const location = `/api/communes/${commune.insee}/submissions/${record.version}`;
    return jsonResponse({ ...submissionSummary(record), findings }, 201, { Location: location, ...(record.etag ? { ETag: record.etag } : {}) });
  });
};

async function recordVersion(
  services: Services,
  commune: MemberCommune,
  received: ReceivedSubmission,
  findings: readonly Finding[],
  actor: string,
  now: Date,
  requestKey: string | undefined,
): Promise<SubmissionRecord> {
  if (requestKey) {
    const earlier = await versionOfRequest(services.store, commune.insee, requestKey);
    if (earlier) return earlier;
  }
  const { submission } = received;
  const submittedAt = now.toISOString();
  const id = randomUUID();
  const document: SubmissionDocument = { submission, findings: locateFindings(findings, locatorFor(submission)), submittedAt, submittedBy: actor, source: received.source };
  const stored = await putDocument(services.store, `submissions/${commune.insee}/${id}.json`, JSON.stringify(document));
  const original = received.original ? await putDocument(services.store, `submissions/${commune.insee}/${id}.xlsx`, received.original, XLSX_TYPE) : undefined;
  return createSubmission(
    services.store,
    {
      insee: commune.insee,
      status: "deposee",
      communeName: commune.name,
      sets: submission.sets,
      domains: submission.domains,
      etatDesLieux: submission.inventory.etatDesLieux,
      templateVersion: submission.inventory.templateVersion,
      source: received.source,
      submittedAt,
      submittedBy: actor,
      errorCount: 0,
      warningCount: findings.length,
      document: stored,
      ...(original ? { original } : {}),
      ...(requestKey ? { requestKey } : {}),
    },
    {
      event: { insee: commune.insee, at: submittedAt, by: actor, type: "depot" },
      audit: (version) => ({
        at: submittedAt,
        actor,
        action: "submission.create",
        target: `submission:${commune.insee}:v${version}`,
        to: "deposee",
        details: { source: received.source, sha256: stored.sha256, warnings: findings.length },
      }),
    },
  );
}
