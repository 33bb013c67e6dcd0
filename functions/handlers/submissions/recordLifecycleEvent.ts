import { adhesionPeriods } from "../../../shared/adhesion/adhesionPeriods";
import { LIFECYCLE_EVENT_LABELS, lifecycleEventSchema } from "../../../shared/adhesion/lifecycleEvent";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { conflict } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { commitToDossier } from "../../storage/dossier/commitToDossier";
import { listTimeline, timelineEventAction } from "../../storage/events/timelineTable";
import { adhesionChanges } from "../../submissions/adhesionChanges";
import { timelineView } from "../../submissions/timelineView";

/**
 * POST /api/communes/{insee}/events — staff record a withdrawal (retrait), an exclusion notice
 * (mise en demeure, 3 months to regularise), an exclusion (partial or total, possibly temporary)
 * or a reinstatement (réintégration). Needs a validated adhesion (409 otherwise).
 */
export const recordLifecycleEvent: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const event = parseInput(lifecycleEventSchema, readJsonBody(request), "Événement");
  const timeline = await listTimeline(services.store, commune.insee);
  if (!timeline.some((entry) => entry.type === "validation")) {
    throw conflict(`${LIFECYCLE_EVENT_LABELS[event.type]} impossible : ${commune.name} n'a pas d'adhésion validée.`);
  }
  if (event.type === "reintegration" && !timeline.some((entry) => entry.type === "exclusion")) {
    throw conflict(`Réintégration impossible : ${commune.name} n'a pas été exclue.`);
  }
  const actor = actorOf(principal!);
  const at = services.now().toISOString();
  const { action, event: recorded } = timelineEventAction({
    insee: commune.insee,
    at,
    by: actor,
    type: event.type,
    date: event.date,
    ...(event.sets ? { sets: event.sets } : {}),
    ...(event.comment ? { comment: event.comment } : {}),
    ...(event.type === "exclusion" ? { temporary: event.temporary } : {}),
  });
  await commitToDossier(services.store, commune.insee, () => ({
    actions: [action],
    audit: {
      at,
      actor,
      action: `adhesion.${event.type}`,
      target: `adhesion:${commune.insee}`,
      to: event.type,
      details: { date: event.date, sets: event.sets ?? "tous", ...(event.comment ? { comment: event.comment } : {}) },
    },
  }));
  const periods = adhesionPeriods(adhesionChanges([...timeline, recorded]));
  return jsonResponse({ event: timelineView(recorded), adhesions: periods }, 201);
};
