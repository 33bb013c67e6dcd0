import { submissionSchema } from "../../../shared/inventory/submissionSchema";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { ApiError } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { saveDraft as storeDraft } from "../../storage/drafts/draftTable";

/** PUT /api/communes/{insee}/draft — saves the commune's single draft (autosave: the last save wins). */
export const saveDraft: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const draft = parseInput(submissionSchema, readJsonBody(request), "Brouillon");
  if (draft.commune.insee !== commune.insee) {
    throw new ApiError(422, "commune_differente", `Le brouillon concerne la commune ${draft.commune.insee}, pas ${commune.insee}.`, [
      { path: "commune.insee", message: `code INSEE attendu : ${commune.insee}` },
    ]);
  }
  const record = await storeDraft(services.store, commune.insee, JSON.stringify(draft), actorOf(principal!), services.now().toISOString());
  return jsonResponse({ insee: commune.insee, savedAt: record.savedAt, sha256: record.document.sha256, message: "Brouillon enregistré" });
};
