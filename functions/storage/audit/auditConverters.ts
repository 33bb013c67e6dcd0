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

/** A table entity back to an audit entry (details that are not JSON are kept as their text: see `detailsText`). */
export function fromAuditEntity(entity: TableEntityResult<Record<string, unknown>>): AuditEntry {
  const text = (key: string) => (typeof entity[key] === "string" ? (entity[key] as string) : undefined);
  const from = text("from");
  const to = text("to");
  const details = readDetails(text("details"));
  return {
    chain: String(entity.partitionKey),
    seq: Number(String(entity.rowKey).slice(2)),
    at: text("at") ?? "",
    actor: text("actor") ?? "",
    action: text("action") ?? "",
    target: text("target") ?? "",
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...details,
    prevHash: text("prevHash") ?? "",
    hash: text("hash") ?? "",
  };
}

function readDetails(text: string | undefined): Pick<AuditEntry, "details" | "detailsText"> {
  if (text === undefined) return {};
  try {
    return { details: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { detailsText: text };
  }
}
