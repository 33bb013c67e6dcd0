import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { communeAccess } from "../../communes/communeAccess";
import { notFound } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { getJsonDocument } from "../../storage/getDocument";
import { listCommuneSubmissions } from "../../storage/submissions/submissionTable";
import type { SubmissionDocument } from "../../submissions/submissionDocument";

/**
 * GET /api/communes/{insee}/prefill — a new campaign's starting point: the last validated inventory,
 * with the état des lieux date cleared (it must be established anew) and the current template version.
 */
export const getPrefill: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const validated = (await listCommuneSubmissions(services.store, commune.insee)).filter((version) => version.status === "validee").at(-1);
  if (!validated) throw notFound(`Aucune version validée pour ${commune.name} : rien à reprendre.`);
  const { submission } = await getJsonDocument<SubmissionDocument>(services.store, validated.document);
  const prefill = { ...submission, inventory: { ...submission.inventory, etatDesLieux: null, templateVersion: TEMPLATE_VERSION } };
  return jsonResponse({ insee: commune.insee, fromVersion: validated.version, submission: prefill });
};
