import { odata, type TableEntityResult, type TransactionAction } from "@azure/data-tables";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { entityFields } from "../entityFields";
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

const TIMELINE_TYPES = ["depot", "validation", "retour", "retrait", "mise_en_demeure", "regularisation", "exclusion", "reintegration"] as const satisfies readonly TimelineEvent["type"][];
const sets = z.array(z.string().regex(/^(A|B|C|C:([1-9]|1[0-6]))$/));
const years = z.array(z.number().int());

/** A history row back to its event; a field not as written makes the row unreadable. */
function fromTimelineEntity(entity: TableEntityResult<Record<string, unknown>>): TimelineEvent {
  const fields = entityFields(entity, `history event ${String(entity.partitionKey)}/${String(entity.rowKey)}`);
  const optional = <T>(key: string, read: () => T) => (entity[key] === undefined || entity[key] === null ? {} : { [key]: read() });
  return {
    insee: String(entity.partitionKey),
    id: String(entity.rowKey).slice(2),
    at: fields.text("at"),
    by: fields.text("by"),
    type: fields.oneOf("type", TIMELINE_TYPES),
    ...optional("version", () => fields.integer("version")),
    ...optional("date", () => fields.text("date")),
    ...optional("sets", () => fields.json("sets", sets)),
    ...optional("reason", () => fields.text("reason")),
    ...optional("comment", () => fields.text("comment")),
    ...optional("temporary", () => fields.optionalBoolean("temporary")),
    ...optional("publishedYears", () => fields.json("publishedYears", years)),
  };
}
