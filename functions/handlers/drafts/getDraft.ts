import { communeAccess } from "../../communes/communeAccess";
import { notFound } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { readDraft } from "../../storage/drafts/draftTable";

/** GET /api/communes/{insee}/draft — the commune's draft (404 when none). */
export const getDraft: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const draft = await readDraft(services.store, commune.insee);
  if (!draft) throw notFound(`Aucun brouillon pour ${commune.name}.`);
  return jsonResponse({ insee: commune.insee, savedAt: draft.record.savedAt, savedBy: draft.record.savedBy, submission: JSON.parse(draft.content) as unknown });
};
