import type { TransactionAction } from "@azure/data-tables";
import { createHash } from "node:crypto";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { GENESIS_HASH, type AuditEntry, type AuditRecord } from "./auditEntry";
import { AUDIT_HEAD_ROW, toAuditEntity } from "./auditConverters";
import { hashAuditEntry } from "./hashAuditEntry";

/**
 * Appends an entry to its chain: in one transaction of the chain's partition, the entry is created
 * and the chain head (row `head`) advanced under its ETag. A writer that loses the race re-reads the
 * head and retries, so concurrent appends never fork, skip or overwrite the chain. With `onceKey`,
 * the entry is written at most once for that key (a retried request does not record twice): the
 * answer is then undefined when it was already there.
 */
export async function appendAudit(store: Store, record: AuditRecord, onceKey?: string): Promise<AuditEntry | undefined> {
  const table = store.table("audit");
  const marker = onceKey === undefined ? undefined : { partitionKey: record.chain, rowKey: `once-${createHash("sha256").update(onceKey).digest("hex")}` };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (marker && (await exists(store, marker.partitionKey, marker.rowKey))) return undefined;
    const head = await readHead(store, record.chain);
    const unhashed = { ...record, seq: head.seq + 1, prevHash: head.hash };
    const entry: AuditEntry = { ...unhashed, hash: hashAuditEntry(unhashed) };
    const headEntity = { partitionKey: record.chain, rowKey: AUDIT_HEAD_ROW, seq: entry.seq, hash: entry.hash };
    const actions: TransactionAction[] = [
      ["create", toAuditEntity(entry)],
      head.etag ? ["update", headEntity, "Replace", { etag: head.etag }] : ["create", headEntity],
      ...(marker ? [["create", marker] as TransactionAction] : []),
    ];
    try {
      await table.submitTransaction(actions);
      return entry;
    } catch (error) {
      if (!isStatus(error, 409) && !isStatus(error, 412)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt + 1, 10)));
    }
  }
  throw new Error(`audit chain ${record.chain}: too much contention`);
}

async function readHead(store: Store, chain: string): Promise<{ seq: number; hash: string; etag?: string }> {
  try {
    const entity = await store.table("audit").getEntity<{ seq: number; hash: string }>(chain, AUDIT_HEAD_ROW);
    return { seq: Number(entity.seq), hash: String(entity.hash), etag: entity.etag };
  } catch (error) {
    if (isStatus(error, 404)) return { seq: 0, hash: GENESIS_HASH };
    throw error;
  }
}

async function exists(store: Store, partitionKey: string, rowKey: string): Promise<boolean> {
  try {
    await store.table("audit").getEntity(partitionKey, rowKey, { queryOptions: { select: ["rowKey"] } });
    return true;
  } catch (error) {
    if (isStatus(error, 404)) return false;
    throw error;
  }
}
