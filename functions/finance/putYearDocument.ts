import type { Principal } from "../auth/principal";
import { actorOf } from "../auth/principal";
import { preconditionFailed, preconditionRequired } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import { jsonResponse, type ApiResponse } from "../http/apiResponse";
import type { Services } from "../services/services";
import { getJsonDocument } from "../storage/getDocument";
import type { YearDocumentKind } from "../storage/finance/yearDocumentKinds";
import { saveYearDocument } from "../storage/finance/yearDocumentTable";
import type { YearDocumentRecord } from "../storage/finance/YearDocumentRecord";
import { refuseLockedYear } from "./refuseLockedYear";

/** What a yearly document's PUT needs to know of its kind. */
export interface YearDocumentPut<T> {
  readonly kind: YearDocumentKind;
  /** « Les postes de coût de 2025 », « La configuration financière de 2025 ». */
  readonly title: string;
  /** « ses postes de coût », for the lock message. */
  readonly frozen: string;
  /** The audit action (`costitems.save`…). */
  readonly action: string;
  /** What the audit keeps of a document, to show amounts before and after each change. */
  readonly summary: (document: T) => unknown;
  readonly view: (record: YearDocumentRecord, document: T) => unknown;
}

/**
 * PUT of a year's finance document as a whole (finance). The first save needs no `If-Match`;
 * replacing needs the version read (428 without, 412 when someone saved since). A published year
 * is frozen unless a correction is open (409). The save, its kept version and its audit entry —
 * with what the document held before and after — are one transaction.
 */
export async function putYearDocument<T>(services: Services, principal: Principal, request: ApiRequest, year: number, document: T, spec: YearDocumentPut<T>): Promise<ApiResponse> {
  await refuseLockedYear(services, year, spec.frozen);
  // An empty If-Match is no version at all (storage would take it as "no condition").
  const ifMatch = request.header("if-match") || undefined;
  const savedAt = services.now().toISOString();
  const actor = actorOf(principal);
  const saved = await saveYearDocument(
    services.store,
    spec.kind,
    { year, document, savedBy: actor, savedAt },
    async (record, previous) => ({
      at: savedAt,
      actor,
      action: spec.action,
      target: `${spec.kind.name}:${year}`,
      details: {
        sha256: record.document.sha256,
        after: spec.summary(document),
        ...(previous ? { previousSha256: previous.document.sha256, before: spec.summary(await getJsonDocument<T>(services.store, previous.document)) } : {}),
      },
    }),
    ifMatch,
  );
  if (saved === "changed") throw preconditionFailed(`${spec.title} ont changé depuis votre lecture (ou n'existent pas encore) : rechargez-les.`);
  if (saved === "exists") throw preconditionRequired(`${spec.title} existent déjà : relisez-les, puis renvoyez leur version (en-tête If-Match) pour les remplacer.`);
  return jsonResponse(spec.view(saved.record, document), saved.previous ? 200 : 201, saved.record.etag ? { ETag: saved.record.etag } : {});
}
