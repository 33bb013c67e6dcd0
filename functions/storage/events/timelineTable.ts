import { odata, type TableEntityResult, type TransactionAction } from "@azure/data-tables";
import { createHash, randomBytes } from "node:crypto";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import type { Store } from "../store";
import type { TimelineEvent } from "../../../shared/adhesion/timelineEvent";

/**
 * The transaction action adding an event to a commune's history (to commit with its audit entry).
 * Ids sort in recording order: by time, then by `seq` — the audit sequence number of the commit
 * that records it (`head.auditSeq + 1`), so that events recorded within one millisecond keep their
 * order; with `onceKey` the rest of the id is derived from the key.
 */
export function timelineEventAction(event: Omit<TimelineEvent, "id">, seq: number, onceKey?: string): { action: TransactionAction; event: TimelineEvent } {
  const suffix = onceKey === undefined ? randomBytes(4).toString("hex") : createHash("sha256").update(onceKey).digest("hex").slice(0, 16);
  const id = `${event.at.replace(/[:.]/g, "-")}_${String(seq).padStart(12, "0")}-${suffix}`;
  const entity = {
    partitionKey: event.insee,
    rowKey: DOSSIER_ROWS.event(id),
    at: event.at,
    by: event.by,
    type: event.type,
    ...(event.version !== undefined ? { version: event.version } : {}),
    ...(event.date !== undefined ? { date: event.date } : {}),
    ...(event.sets !== undefined ? { sets: JSON.stringify(event.sets) } : {}),
    ...(event.reason !== undefined ? { reason: event.reason } : {}),
    ...(event.comment !== undefined ? { comment: event.comment } : {}),
    ...(event.temporary !== undefined ? { temporary: event.temporary } : {}),
    ...(event.publishedYears !== undefined ? { publishedYears: JSON.stringify(event.publishedYears) } : {}),
  };
  return { action: ["create", entity], event: { ...event, id } };
}

/** A commune's history, in recording order. */
export async function listTimeline(store: Store, insee: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  const [from, to] = DOSSIER_ROWS.eventRange;
  for await (const entity of store.table("dossiers").listEntities({ queryOptions: { filter: odata`PartitionKey eq ${insee} and RowKey ge ${from} and RowKey lt ${to}` } })) {
    events.push(fromTimelineEntity(entity));
  }
  return events.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
}

function fromTimelineEntity(entity: TableEntityResult<Record<string, unknown>>): TimelineEvent {
  const text = (key: string) => (typeof entity[key] === "string" ? (entity[key] as string) : undefined);
  const sets = text("sets");
  return {
    insee: String(entity.partitionKey),
    id: String(entity.rowKey).slice(2),
    at: text("at") ?? "",
    by: text("by") ?? "",
    type: text("type") as TimelineEvent["type"],
    ...(typeof entity.version === "number" ? { version: entity.version } : {}),
    ...(text("date") ? { date: text("date") } : {}),
    ...(sets ? { sets: JSON.parse(sets) as string[] } : {}),
    ...(text("reason") ? { reason: text("reason") } : {}),
    ...(text("comment") ? { comment: text("comment") } : {}),
    ...(typeof entity.temporary === "boolean" ? { temporary: entity.temporary } : {}),
    ...(text("publishedYears") ? { publishedYears: yearsOf(text("publishedYears")!) } : {}),
  };
}

/** The stored list of published years an event changed: whole years only, or a storage fault. */
function yearsOf(text: string): number[] {
  const years: unknown = JSON.parse(text);
  if (!Array.isArray(years) || !years.every((year) => Number.isInteger(year))) throw new Error(`history event: publishedYears unreadable (${text.slice(0, 40)})`);
  return years as number[];
}
