import { commitToDossier } from "../dossier/commitToDossier";
import type { Store } from "../store";
import type { AuditEntry, AuditRecord } from "./auditEntry";

/**
 * Appends an entry to its chain (the dossier of a commune, or `metropole`), hash-chained, with no
 * other change. With `onceKey`, the entry is written at most once for that key (undefined then).
 */
export async function appendAudit(store: Store, record: AuditRecord, onceKey?: string): Promise<AuditEntry | undefined> {
  const { chain, ...audit } = record;
  const result = await commitToDossier(store, chain, () => ({ actions: [], audit }), onceKey);
  return result.committed ? result.entry : undefined;
}
