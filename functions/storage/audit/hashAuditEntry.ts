import { createHash } from "node:crypto";
import type { AuditEntry } from "./auditEntry";

/** The SHA-256 of an entry: over its previous hash and its content in a fixed field order. */
export function hashAuditEntry(entry: Omit<AuditEntry, "hash">): string {
  const content = [entry.chain, entry.seq, entry.at, entry.actor, entry.action, entry.target, entry.from ?? null, entry.to ?? null, entry.details ?? null];
  return createHash("sha256").update(entry.prevHash).update(JSON.stringify(content)).digest("hex");
}
