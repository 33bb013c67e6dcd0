import { badRequest, notFound } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import type { Services } from "../services/services";
import type { SubmissionRecord } from "../storage/submissions/submissionRecord";
import { getSubmission } from "../storage/submissions/submissionTable";

/** The version named by the route's `{version}` for a commune (400 when not a number, 404 when absent). */
export async function loadVersion(services: Services, request: ApiRequest, insee: string): Promise<SubmissionRecord> {
  const text = request.params.version ?? "";
  if (!/^\d{1,6}$/.test(text)) throw badRequest("Numéro de version invalide : un entier est attendu.", [{ path: "version", message: "entier attendu" }]);
  const record = await getSubmission(services.store, insee, Number(text));
  if (!record) throw notFound(`Version ${text} introuvable pour la commune ${insee}.`);
  return record;
}
