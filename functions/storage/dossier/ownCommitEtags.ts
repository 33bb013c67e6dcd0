import { isStatus } from "../isStatus";
import type { Store } from "../store";
import type { DossierHead } from "./dossierHead";
import { DOSSIER_ROWS } from "./dossierRows";

/** A commit attempt: the position of its audit entry, its random change id and the rows it wrote. */
export interface CommitAttempt {
  readonly seq: number;
  readonly change: string;
  readonly rowKeys: readonly string[];
}

/**
 * After a commit attempt failed on a condition (409/412), whether it was applied all the same: its
 * answer was lost and the SDK's retry of the applied transaction failed on the rows it had written.
 * `current` is the head read after the failure. Returns undefined when the attempt was not applied;
 * otherwise the ETags of its rows (and the head), read back only while the head is still the
 * attempt's: once a later change moved it, they may no longer be the attempt's, and none are given.
 */
export async function ownCommitEtags(store: Store, partition: string, current: DossierHead, attempt: CommitAttempt, abortSignal?: AbortSignal): Promise<ReadonlyMap<string, string> | undefined> {
  if (current.auditSeq < attempt.seq) return undefined;
  const table = store.table("dossiers");
  if (current.auditSeq > attempt.seq) {
    try {
      const entry = await table.getEntity<Record<string, unknown>>(partition, DOSSIER_ROWS.audit(attempt.seq), { queryOptions: { select: ["change"] }, ...(abortSignal ? { abortSignal } : {}) });
      return entry.change === attempt.change ? new Map() : undefined;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }
  if (current.change !== attempt.change) return undefined;
  const etags = new Map<string, string>();
  for (const rowKey of attempt.rowKeys) {
    const row = await table.getEntity(partition, rowKey, { queryOptions: { select: ["rowKey"] }, ...(abortSignal ? { abortSignal } : {}) });
    if (row.etag) etags.set(rowKey, row.etag);
  }
  if (current.etag) etags.set(DOSSIER_ROWS.head, current.etag);
  return etags;
}
