import { choosePrefill } from "../../../shared/inventory/choosePrefill";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { communeAccess } from "../../communes/communeAccess";
import { notFound } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { loadLastValidated } from "./loadLastValidated";

/**
 * GET /api/communes/{insee}/prefill — a new campaign's starting point: the last validated inventory,
 * with the état des lieux date cleared (it must be established anew) and the current template version.
 */
export const getPrefill: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const validated = await loadLastValidated(services.store, commune.insee);
  const prefill = validated && choosePrefill({ validated }, TEMPLATE_VERSION);
  if (prefill?.source !== "validee") throw notFound(`Aucune version validée pour ${commune.name} : rien à reprendre.`);
  return jsonResponse({ insee: commune.insee, fromVersion: prefill.fromVersion, submission: prefill.submission });
};
