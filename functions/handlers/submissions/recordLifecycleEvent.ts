import { adhesionPeriods, type AdhesionChange } from "../../../shared/adhesion/adhesionPeriods";
import { refsNotHeldOn, refsWithoutEffect } from "../../../shared/adhesion/refsWithoutEffect";
import { formatFrenchDay } from "../../../shared/checks/format/formatFrenchDate";
import { LIFECYCLE_EVENT_LABELS, lifecycleEventSchema, type LifecycleEvent } from "../../../shared/adhesion/lifecycleEvent";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { conflict } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { commitToDossier } from "../../storage/dossier/commitToDossier";
import type { TimelineEvent } from "../../storage/events/timelineEvent";
import { listTimeline, timelineEventAction } from "../../storage/events/timelineTable";
import { adhesionChanges } from "../../submissions/adhesionChanges";
import { timelineView } from "../../submissions/timelineView";

/**
 * POST /api/communes/{insee}/events — staff record a withdrawal (retrait), an exclusion notice
 * (mise en demeure, 3 months to regularise), an exclusion (partial or total, possibly temporary)
 * or a reinstatement (réintégration). Needs a validated adhesion (409 otherwise), and refuses (409)
 * an event that would change nothing: a withdrawal, exclusion or notice of sets not held on its date,
 * a reinstatement of sets not excluded.
 */
export const recordLifecycleEvent: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const event = parseInput(lifecycleEventSchema, readJsonBody(request), "Événement");
  const actor = actorOf(principal!);
  const at = services.now().toISOString();
  const toRecord = {
    insee: commune.insee,
    at,
    by: actor,
    type: event.type,
    date: event.date,
    ...(event.sets ? { sets: event.sets } : {}),
    ...(event.comment ? { comment: event.comment } : {}),
    ...(event.type === "exclusion" ? { temporary: event.temporary } : {}),
  };
  let recorded: TimelineEvent | undefined;
  let timeline: TimelineEvent[] = [];
  // Checked within the commit on the history as it is then: the head's ETag guarantees nothing was
  // recorded in between (two identical events sent at once: the second is refused, not recorded twice).
  await commitToDossier(services.store, commune.insee, async (head) => {
    timeline = await listTimeline(services.store, commune.insee);
    refuseOutOfPlace(event, commune.name, timeline);
    const built = timelineEventAction(toRecord, head.auditSeq + 1);
    recorded = built.event;
    return {
      actions: [built.action],
      audit: {
        at,
        actor,
        action: `adhesion.${event.type}`,
        target: `adhesion:${commune.insee}`,
        to: event.type,
        details: { date: event.date, sets: event.sets ?? "tous", ...(event.comment ? { comment: event.comment } : {}) },
      },
    };
  });
  if (!recorded) throw new Error("lifecycle event committed without being built");
  const periods = adhesionPeriods(adhesionChanges([...timeline, recorded]));
  return jsonResponse({ event: timelineView(recorded), adhesions: periods }, 201);
};

/** 409 when the commune has no validated adhesion, was never excluded (reinstatement), or the event would change nothing. */
function refuseOutOfPlace(event: LifecycleEvent, communeName: string, timeline: readonly TimelineEvent[]): void {
  if (!timeline.some((entry) => entry.type === "validation")) {
    throw conflict(`${LIFECYCLE_EVENT_LABELS[event.type]} impossible : ${communeName} n'a pas d'adhésion validée.`);
  }
  if (event.type === "reintegration" && !timeline.some((entry) => entry.type === "exclusion")) {
    throw conflict(`Réintégration impossible : ${communeName} n'a pas été exclue.`);
  }
  // A notice changes no period: the same one (date and sets) recorded twice is a duplicate.
  const sets = JSON.stringify([...(event.sets ?? [])].sort());
  if (event.type === "mise_en_demeure" && timeline.some((entry) => entry.type === "mise_en_demeure" && entry.date === event.date && JSON.stringify([...(entry.sets ?? [])].sort()) === sets)) {
    throw conflict(`Mise en demeure déjà enregistrée pour ${communeName} au ${formatFrenchDay(event.date)}${event.sets ? ` (${event.sets.join(", ")})` : ""}.`);
  }
  refuseWithoutEffect(event, communeName, adhesionChanges(timeline));
}

/** 409 when the event would have no effect on the sets it names (or on any set, when it names none). */
function refuseWithoutEffect(event: LifecycleEvent, communeName: string, changes: readonly AdhesionChange[]): void {
  const on = formatFrenchDay(event.date);
  const label = LIFECYCLE_EVENT_LABELS[event.type];
  const Label = `${label[0]!.toUpperCase()}${label.slice(1)}`;
  const idle =
    event.type === "mise_en_demeure"
      ? refsNotHeldOn(changes, event.date, event.sets)
      : refsWithoutEffect(changes, {
          date: event.date,
          kind: event.type === "reintegration" ? "resume" : "end",
          ...(event.type === "exclusion" ? { suspends: true } : {}),
          ...(event.sets ? { refs: event.sets } : {}),
        });
  if (idle.length === 0) return;
  if (event.type === "reintegration") {
    throw conflict(
      idle[0] === "*"
        ? `${Label} sans effet (champ date) : ${communeName} n'a aucun ensemble exclu à réintégrer au ${on}.`
        : `${Label} sans effet pour ${idle.join(", ")} (champ sets) : aucune exclusion de ${idle.length > 1 ? "ces ensembles" : "cet ensemble"} à lever au ${on}.`,
    );
  }
  throw conflict(
    idle[0] === "*"
      ? `${Label} sans effet (champ date) : ${communeName} n'adhère à aucun ensemble au ${on}.`
      : `${Label} sans effet pour ${idle.join(", ")} (champs sets et date) : ${communeName} n'y adhère pas au ${on}.`,
  );
}
