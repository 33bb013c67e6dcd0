import { checkFiling } from "../../../shared/adhesion/rules/filingRules";
import { refusalError } from "../../http/refusalError";
import { submissionSchema } from "../../../shared/inventory/submissionSchema";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { saveDraft as storeDraft } from "../../storage/drafts/draftTable";

/** PUT /api/communes/{insee}/draft — saves the commune's single draft (autosave: the last save wins). */
export const saveDraft: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const draft = parseInput(submissionSchema, readJsonBody(request), "Brouillon");
  const refusals = checkFiling({ what: "Le brouillon", documentInsee: draft.commune.insee, insee: commune.insee, communeName: commune.name });
  if (refusals.length > 0) throw refusalError(refusals);
  const record = await storeDraft(services.store, commune.insee, JSON.stringify(draft), actorOf(principal!), services.now().toISOString());
  return jsonResponse({ insee: commune.insee, savedAt: record.savedAt, sha256: record.document.sha256, message: "Brouillon enregistré" });
};
