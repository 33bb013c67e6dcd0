import type { TableEntity, TableTransactionEntityResponse, TransactionAction } from "@azure/data-tables";
import { createHash, randomUUID } from "node:crypto";
import type { AuditEntry, AuditRecord } from "../audit/auditEntry";
import { toAuditEntity } from "../audit/auditConverters";
import { hashAuditEntry } from "../audit/hashAuditEntry";
import { assertWithinEntityLimits } from "../entityLimits";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { readDossierHead, type DossierHead } from "./dossierHead";
import { DOSSIER_ROWS } from "./dossierRows";
import { knownHeads } from "./knownHeads";
import { ownCommitEtags } from "./ownCommitEtags";

/** What a change writes in a dossier, given its current head. */
export interface DossierChange {
  /** Rows to create or update in the partition (their own ETag conditions included). */
  readonly actions: readonly TransactionAction[];
  /** The audit entry recording the change (partition = chain). */
  readonly audit: Omit<AuditRecord, "chain">;
  /** New last version number, when the change adds a version. */
  readonly lastVersion?: number;
  /** Properties stored on the `onceKey` marker row (e.g. the version it created). */
  readonly marker?: Readonly<Record<string, string | number>>;
}

/** Outcome of a commit: the audit entry written and the new ETag of each row written, or `already` when `onceKey` had been committed before. */
export type CommitResult =
  | { readonly committed: true; readonly entry: AuditEntry; readonly head: DossierHead; readonly etags: ReadonlyMap<string, string> }
  | { readonly committed: false; readonly reason: "already" };

/**
 * Commits a change to a dossier in ONE transaction: its rows, its audit entry (hash-chained to the
 * previous one) and the head advanced under its ETag. When another writer moved the head first,
 * the change is rebuilt from the new head and retried, so versions and the chain never fork. With
 * `onceKey`, a marker row makes the change happen at most once (a retried request is a no-op).
 * A failed condition of the caller's own rows (412/409 not caused by the head) is re-thrown.
 * The last head this process wrote is remembered, so a commit usually costs one round trip; a
 * stale memory (another instance wrote since) only costs a retry.
 * Each attempt carries a random change id on the head and on its audit entry: when its answer is
 * lost and the SDK's retry of the applied transaction fails on its own rows, the commit is
 * recognised as done instead of being rebuilt and committed a second time.
 */
export async function commitToDossier(
  store: Store,
  partition: string,
  build: (head: DossierHead) => DossierChange | Promise<DossierChange>,
  onceKey?: string,
): Promise<CommitResult> {
  const table = store.table("dossiers");
  const marker = onceKey === undefined ? undefined : markerRowKey(onceKey);
  let head = knownHeads.get(store, partition) ?? (await readDossierHead(store, partition));
  if (marker && (await rowExists(store, partition, marker))) return { committed: false, reason: "already" };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const change = await build(head);
    const changeId = randomUUID();
    const unhashed = { ...change.audit, chain: partition, seq: head.auditSeq + 1, prevHash: head.auditHash };
    const entry: AuditEntry = { ...unhashed, hash: hashAuditEntry(unhashed) };
    const newHead: TableEntity = {
      partitionKey: partition,
      rowKey: DOSSIER_ROWS.head,
      lastVersion: change.lastVersion ?? head.lastVersion,
      auditSeq: entry.seq,
      auditHash: entry.hash,
      change: changeId,
    };
    const actions: TransactionAction[] = [
      ...change.actions,
      ["create", { ...toAuditEntity(entry), change: changeId }],
      head.etag ? ["update", newHead, "Replace", { etag: head.etag }] : ["create", newHead],
      ...(marker ? [["create", { ...change.marker, partitionKey: partition, rowKey: marker, at: entry.at }] as TransactionAction] : []),
    ];
    for (const action of actions) assertWithinEntityLimits(action[1] as Record<string, unknown>);
    try {
      const response = await table.submitTransaction(actions);
      const etags = etagsByRow(actions, response.subResponses);
      const written = writtenHead(newHead, entry, changeId, etags.get(DOSSIER_ROWS.head));
      knownHeads.set(store, partition, written);
      return { committed: true, entry, head: written, etags };
    } catch (error) {
      knownHeads.forget(store, partition);
      const rowKeys = change.actions.filter(([kind]) => kind !== "delete").map((action) => String(action[1].rowKey));
      const thisAttempt = { seq: entry.seq, change: changeId, rowKeys };
      if (!isStatus(error, 409) && !isStatus(error, 412)) {
        // Timed out, cut or 5xx: the transaction may have been applied with its answer lost. A quick
        // look (short deadline, any failure ignored) avoids answering 503 for a change that is done.
        const applied = await appliedAfterAll(store, partition, thisAttempt).catch(() => undefined);
        if (!applied) throw error;
        const written = writtenHead(newHead, entry, changeId, applied.etags.get(DOSSIER_ROWS.head));
        if (applied.current.change === changeId) knownHeads.set(store, partition, written);
        return { committed: true, entry, head: written, etags: applied.etags };
      }
      const current = await readDossierHead(store, partition);
      const own = await ownCommitEtags(store, partition, current, thisAttempt);
      if (own) {
        const written = writtenHead(newHead, entry, changeId, own.get(DOSSIER_ROWS.head));
        if (current.change === changeId) knownHeads.set(store, partition, written);
        return { committed: true, entry, head: written, etags: own };
      }
      // The head did not move: the failed condition is one of the caller's rows (or the once-marker).
      if (current.etag === head.etag && current.auditSeq === head.auditSeq) {
        if (marker && (await rowExists(store, partition, marker))) return { committed: false, reason: "already" };
        throw error;
      }
      head = current;
      if (marker && (await rowExists(store, partition, marker))) return { committed: false, reason: "already" };
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3 * Math.min(attempt + 1, 10)));
    }
  }
  throw new Error(`dossier ${partition}: too much contention`);
}

/** How long the look for a possibly applied commit may take, after a timeout or a cut. */
const APPLIED_CHECK_MS = 2_000;

async function appliedAfterAll(store: Store, partition: string, attempt: { seq: number; change: string; rowKeys: readonly string[] }) {
  const signal = AbortSignal.timeout(APPLIED_CHECK_MS);
  const current = await readDossierHead(store, partition, signal);
  const etags = await ownCommitEtags(store, partition, current, attempt, signal);
  return etags ? { current, etags } : undefined;
}

function writtenHead(newHead: TableEntity, entry: AuditEntry, change: string, etag: string | undefined): DossierHead {
  return { lastVersion: Number(newHead.lastVersion), auditSeq: entry.seq, auditHash: entry.hash, change, ...(etag ? { etag } : {}) };
}

/** Row key of the marker of a once-only change. */
export function markerRowKey(onceKey: string): string {
  return DOSSIER_ROWS.marker(createHash("sha256").update(onceKey).digest("hex"));
}

/**
 * The new ETag of each row a transaction wrote. An update's answer does not name its row (no
 * Location header), but the answers come in the order of the actions: that order is trusted only
 * when every answer that does name its row (the creations) sits at its action's place.
 */
function etagsByRow(actions: readonly TransactionAction[], answers: readonly TableTransactionEntityResponse[]): Map<string, string> {
  const rowKeyOf = (index: number) => String(actions[index]?.[1].rowKey);
  const inOrder = answers.length === actions.length && answers.every((answer, index) => answer.rowKey === undefined || answer.rowKey === rowKeyOf(index));
  return new Map(
    answers.flatMap((answer, index) => {
      const rowKey = answer.rowKey ?? (inOrder ? rowKeyOf(index) : undefined);
      return rowKey !== undefined && answer.etag ? [[rowKey, answer.etag] as const] : [];
    }),
  );
}

async function rowExists(store: Store, partition: string, rowKey: string): Promise<boolean> {
  try {
    await store.table("dossiers").getEntity(partition, rowKey, { queryOptions: { select: ["rowKey"] } });
    return true;
  } catch (error) {
    if (isStatus(error, 404)) return false;
    throw error;
  }
}
