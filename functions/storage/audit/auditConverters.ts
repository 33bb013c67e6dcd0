import type { TableEntityResult } from "@azure/data-tables";
import type { AuditEntry } from "./auditEntry";

/** Row key of the chain head (sorts after every zero-padded position). */
export const AUDIT_HEAD_ROW = "head";

/** Row key of a chain position: zero-padded so that rows sort in chain order. */
export const auditRowKey = (seq: number) => String(seq).padStart(12, "0");

/** An audit entry as a table entity (partition = chain). */
export function toAuditEntity(entry: AuditEntry) {
  return {
    partitionKey: entry.chain,
    rowKey: auditRowKey(entry.seq),
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    ...(entry.from !== undefined ? { from: entry.from } : {}),
    ...(entry.to !== undefined ? { to: entry.to } : {}),
    ...(entry.details !== undefined ? { details: JSON.stringify(entry.details) } : {}),
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}

/** A table entity back to an audit entry. */
export function fromAuditEntity(entity: TableEntityResult<Record<string, unknown>>): AuditEntry {
  const text = (key: string) => (typeof entity[key] === "string" ? (entity[key] as string) : undefined);
  const from = text("from");
  const to = text("to");
  const details = text("details");
  return {
    chain: String(entity.partitionKey),
    seq: Number(entity.rowKey),
    at: text("at") ?? "",
    actor: text("actor") ?? "",
    action: text("action") ?? "",
    target: text("target") ?? "",
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(details !== undefined ? { details: JSON.parse(details) as Record<string, unknown> } : {}),
    prevHash: text("prevHash") ?? "",
    hash: text("hash") ?? "",
  };
}
