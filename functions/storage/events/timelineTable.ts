import { odata, type TableEntityResult } from "@azure/data-tables";
import { createHash, randomBytes } from "node:crypto";
import { isStatus } from "../isStatus";
import { assertWithinEntityLimits } from "../entityLimits";
import type { Store } from "../store";
import type { TimelineEvent } from "./timelineEvent";

/**
 * Appends an event to a commune's history; its id sorts in recording order. With `onceKey`, a retried
 * request records it only once (the first recording stands).
 */
export async function appendTimelineEvent(store: Store, event: Omit<TimelineEvent, "id">, onceKey?: string): Promise<TimelineEvent> {
  const suffix = onceKey === undefined ? randomBytes(4).toString("hex") : createHash("sha256").update(onceKey).digest("hex").slice(0, 16);
  const id = `${onceKey === undefined ? event.at : "once"}_${suffix}`.replace(/[:.]/g, "-");
  const entity = {
    partitionKey: event.insee,
    rowKey: id,
    at: event.at,
    by: event.by,
    type: event.type,
    ...(event.version !== undefined ? { version: event.version } : {}),
    ...(event.date !== undefined ? { date: event.date } : {}),
    ...(event.sets !== undefined ? { sets: JSON.stringify(event.sets) } : {}),
    ...(event.reason !== undefined ? { reason: event.reason } : {}),
    ...(event.comment !== undefined ? { comment: event.comment } : {}),
    ...(event.temporary !== undefined ? { temporary: event.temporary } : {}),
  };
  assertWithinEntityLimits(entity);
  try {
    await store.table("events").createEntity(entity);
  } catch (error) {
    if (onceKey === undefined || !isStatus(error, 409)) throw error;
  }
  return { ...event, id };
}

/** A commune's history, in recording order. */
export async function listTimeline(store: Store, insee: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for await (const entity of store.table("events").listEntities({ queryOptions: { filter: odata`PartitionKey eq ${insee}` } })) {
    events.push(fromTimelineEntity(entity));
  }
  return events.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
}

function fromTimelineEntity(entity: TableEntityResult<Record<string, unknown>>): TimelineEvent {
  const text = (key: string) => (typeof entity[key] === "string" ? (entity[key] as string) : undefined);
  const sets = text("sets");
  return {
    insee: String(entity.partitionKey),
    id: String(entity.rowKey),
    at: text("at") ?? "",
    by: text("by") ?? "",
    type: text("type") as TimelineEvent["type"],
    ...(typeof entity.version === "number" ? { version: entity.version } : {}),
    ...(text("date") ? { date: text("date") } : {}),
    ...(sets ? { sets: JSON.parse(sets) as string[] } : {}),
    ...(text("reason") ? { reason: text("reason") } : {}),
    ...(text("comment") ? { comment: text("comment") } : {}),
    ...(typeof entity.temporary === "boolean" ? { temporary: entity.temporary } : {}),
  };
}
