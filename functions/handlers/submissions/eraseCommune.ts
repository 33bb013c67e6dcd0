import { erasureOutcome } from "../../../shared/adhesion/erasureOutcome";
import { erasureRequestSchema } from "../../../shared/adhesion/erasureRequest";
import { checkErasure } from "../../../shared/adhesion/rules/erasureRules";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import { refusalError } from "../../http/refusalError";
import type { Handler } from "../../http/routeDefinition";
import { appendAudit } from "../../storage/audit/appendAudit";
import { eraseCommuneData } from "../../storage/erasure/eraseCommuneData";
import { recordErasureMarker } from "../../storage/erasure/erasureMarkers";
import { listTimeline } from "../../storage/events/timelineTable";
import { listPublications } from "../../storage/finance/runTable";

/**
 * POST /api/communes/{insee}/erasure — destroys a departed commune's data at its request (staff).
 * The rules (shared/adhesion/rules/erasureRules: the INSEE code repeated, the commune gone, years
 * not yet published acknowledged) answer 409. The erasure is marked in the Métropole's dossier first
 * (no run computed before it can be published), then audited; published runs keep its lines.
 */
export const eraseCommune: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const body = parseInput(erasureRequestSchema, readJsonBody(request), "Demande d'effacement");
  const now = services.now();
  const [history, publications] = await Promise.all([listTimeline(services.store, commune.insee), listPublications(services.store)]);
  const context = {
    confirm: body.confirm,
    insee: commune.insee,
    communeName: commune.name,
    history,
    today: todayInParis(now),
    publishedYears: publications.map((publication) => publication.year),
    acknowledgeUnpublishedYears: body.acknowledgeUnpublishedYears === true,
  };
  const refusals = checkErasure(context);
  if (refusals.length > 0) throw refusalError(refusals);
  const at = now.toISOString();
  await recordErasureMarker(services.store, { insee: commune.insee, at });
  const erased = await eraseCommuneData(services.store, commune.insee);
  await appendAudit(services.store, {
    chain: commune.insee,
    at,
    actor: actorOf(principal!),
    action: "commune.erase",
    target: `commune:${commune.insee}`,
    to: "effacee",
    details: { reason: body.reason, ...erased },
  });
  return jsonResponse({ insee: commune.insee, erased, message: erasureOutcome(context, erased) });
};
