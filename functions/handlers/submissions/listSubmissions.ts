import { isInseeCode } from "../../../shared/identifiers/inseeCode";
import { SUBMISSION_STATUSES } from "../../../shared/adhesion/submissionStatus";
import { badRequest } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listLatestSubmissions } from "../../storage/submissions/listLatestSubmissions";
import { listAllSubmissions } from "../../storage/submissions/submissionTable";
import { submissionSummary } from "../../submissions/submissionSummary";

/**
 * GET /api/submissions?status=&set=&commune=&all= — staff's review list: the latest version of each
 * commune (every version with `all=true`), filtered by status, set (`A`, `B`, `C`, `C:3`) and commune.
 */
export const listSubmissions: Handler = async (request, { services }) => {
  const status = request.query.get("status") ?? undefined;
  const set = request.query.get("set") ?? undefined;
  const commune = request.query.get("commune") ?? undefined;
  if (status !== undefined && !(SUBMISSION_STATUSES as readonly string[]).includes(status)) {
    throw badRequest("Filtre de statut inconnu.", [{ path: "status", message: `valeurs possibles : ${SUBMISSION_STATUSES.join(", ")}` }]);
  }
  if (set !== undefined && !/^(A|B|C|C:([1-9]|1[0-6]))$/.test(set)) {
    throw badRequest("Filtre d'ensemble inconnu.", [{ path: "set", message: "A, B, C ou C:<domaine 1 à 16>" }]);
  }
  if (commune !== undefined && !isInseeCode(commune)) {
    throw badRequest("Filtre de commune invalide.", [{ path: "commune", message: "code INSEE attendu (5 caractères)" }]);
  }
  const versions = request.query.get("all") === "true" ? await listAllSubmissions(services.store) : await listLatestSubmissions(services.store);
  const selected = versions.filter(
    (record) =>
      (status === undefined || record.status === status) &&
      (commune === undefined || record.insee === commune) &&
      (set === undefined || coversSet(record.sets, record.domains, set)),
  );
  return jsonResponse({ items: selected.map(submissionSummary), count: selected.length });
};

function coversSet(sets: readonly string[], domains: readonly number[], wanted: string): boolean {
  if (!wanted.startsWith("C:")) return sets.includes(wanted);
  return sets.includes("C") && domains.includes(Number(wanted.slice(2)));
}
