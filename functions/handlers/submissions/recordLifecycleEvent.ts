import { adhesionPeriods } from "../../../shared/adhesion/adhesionPeriods";
import { adhesionChanges } from "../../../shared/adhesion/adhesionChanges";
import { lifecycleEventRecord } from "../../../shared/adhesion/lifecycleEventRecord";
import { lifecycleEventSchema } from "../../../shared/adhesion/lifecycleEvent";
import { procedureView } from "../../../shared/adhesion/procedureView";
import { checkLifecycleEvent } from "../../../shared/adhesion/rules/lifecycleEventRules";
import type { TimelineEvent } from "../../../shared/adhesion/timelineEvent";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { actorOf } from "../../auth/principal";
import { communeAccess } from "../../communes/communeAccess";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import { refusalError } from "../../http/refusalError";
import type { Handler } from "../../http/routeDefinition";
import { commitToDossier } from "../../storage/dossier/commitToDossier";
import { listTimeline, timelineEventAction } from "../../storage/events/timelineTable";
import { listPublications } from "../../storage/finance/runTable";
import { timelineView } from "../../submissions/timelineView";

/**
 * POST /api/communes/{insee}/events — staff record a withdrawal (retrait), an exclusion notice (mise
 * en demeure), a régularisation, an exclusion (definitive after a notice left unanswered 3 months,
 * or temporary and immediate) or a réintégration. The annex's procedure and the other rules of
 * shared/adhesion/rules/lifecycleEventRules are checked within the commit, on the history as it
 * then is: 400 for an implausible date, 409 for an event out of place, without effect, or changing
 * a published year unacknowledged.
 */
export const recordLifecycleEvent: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const event = parseInput(lifecycleEventSchema, readJsonBody(request), "Événement");
  const actor = actorOf(principal!);
  const now = services.now();
  const at = now.toISOString();
  const today = todayInParis(now);
  const published = await listPublications(services.store);
  let recorded: TimelineEvent | undefined;
  let history: TimelineEvent[] = [];
  // Checked within the commit: the head's ETag guarantees nothing was recorded in between (two
  // identical events sent at once: the second is refused, not recorded twice).
  await commitToDossier(services.store, commune.insee, async (head) => {
    history = await listTimeline(services.store, commune.insee);
    const context = { event, communeName: commune.name, history, today, published };
    const refusals = checkLifecycleEvent(context);
    if (refusals.length > 0) throw refusalError(refusals);
    const record = lifecycleEventRecord(context);
    const built = timelineEventAction({ insee: commune.insee, at, by: actor, ...record }, head.auditSeq + 1);
    recorded = built.event;
    return {
      actions: [built.action],
      audit: {
        at,
        actor,
        action: `adhesion.${event.type}`,
        target: `adhesion:${commune.insee}`,
        to: event.type,
        details: {
          date: event.date,
          sets: record.sets ?? "tous",
          ...(record.comment ? { comment: record.comment } : {}),
          ...(record.temporary !== undefined ? { temporary: record.temporary } : {}),
          ...(record.publishedYears ? { publishedYears: record.publishedYears } : {}),
        },
      },
    };
  });
  if (!recorded) throw new Error("lifecycle event committed without being built");
  const after = [...history, recorded];
  return jsonResponse({ event: timelineView(recorded), adhesions: adhesionPeriods(adhesionChanges(after)), procedure: procedureView(after, today) }, 201);
};
