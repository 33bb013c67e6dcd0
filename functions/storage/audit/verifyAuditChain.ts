import { GENESIS_HASH, type AuditEntry } from "./auditEntry";
import { hashAuditEntry } from "./hashAuditEntry";

/** Outcome of verifying a chain: intact, or the first position where it breaks and why. */
export type ChainVerification = { readonly ok: true; readonly length: number } | { readonly ok: false; readonly seq: number; readonly reason: string };

/** Recomputes every hash of a chain (entries in order) and checks the links and positions. */
export function verifyAuditChain(entries: readonly AuditEntry[], head?: { seq: number; hash: string }): ChainVerification {
  let previous = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== index + 1) return { ok: false, seq: index + 1, reason: "entrée manquante ou déplacée" };
    if (entry.prevHash !== previous) return { ok: false, seq: entry.seq, reason: "chaînage rompu (empreinte précédente différente)" };
    const { hash, ...unhashed } = entry;
    if (hashAuditEntry(unhashed) !== hash) {
      return { ok: false, seq: entry.seq, reason: entry.detailsText === undefined ? "contenu modifié (empreinte différente)" : "contenu modifié (détails illisibles)" };
    }
    previous = hash;
  }
  if (head && (head.seq !== entries.length || head.hash !== previous)) {
    return { ok: false, seq: entries.length + 1, reason: "fin de chaîne supprimée (tête de chaîne différente)" };
  }
  return { ok: true, length: entries.length };
}
