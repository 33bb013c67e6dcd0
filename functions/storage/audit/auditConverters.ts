import type { TableEntityResult } from "@azure/data-tables";
import type { AuditEntry } from "./auditEntry";
import { DOSSIER_ROWS } from "../dossier/dossierRows";

/** An audit entry as a table entity (partition = chain). */
export function toAuditEntity(entry: AuditEntry) {
  return {
    partitionKey: entry.chain,
    rowKey: DOSSIER_ROWS.audit(entry.seq),
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
    seq: Number(String(entity.rowKey).slice(2)),
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
