import { createHash } from "node:crypto";
import type { AuditEntry } from "./auditEntry";

/**
 * The SHA-256 of an entry: over its previous hash and its content in a fixed field order. Details
 * read back as text that is not JSON (`detailsText`) are hashed as that very text, in the place
 * where their JSON was.
 */
export function hashAuditEntry(entry: Omit<AuditEntry, "hash">): string {
  const fields = [entry.chain, entry.seq, entry.at, entry.actor, entry.action, entry.target, entry.from ?? null, entry.to ?? null];
  const content = entry.detailsText === undefined ? JSON.stringify([...fields, entry.details ?? null]) : `${JSON.stringify(fields).slice(0, -1)},${entry.detailsText}]`;
  return createHash("sha256").update(entry.prevHash).update(content).digest("hex");
}
