import { odata } from "@azure/data-tables";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import type { AuditEntry } from "./auditEntry";
import { AUDIT_HEAD_ROW, fromAuditEntity } from "./auditConverters";

/** Every entry of one chain, in chain order (entries have all-digit row keys; the head and once-markers start with a letter). */
export async function readAuditChain(store: Store, chain: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  const rows = store.table("audit").listEntities({ queryOptions: { filter: odata`PartitionKey eq ${chain} and RowKey lt ${"a"}` } });
  for await (const row of rows) entries.push(fromAuditEntity(row));
  return entries.sort((a, b) => a.seq - b.seq);
}

/** The names of every chain (one per commune that has a trail, and `metropole`). */
export async function listAuditChains(store: Store): Promise<string[]> {
  const chains: string[] = [];
  const heads = store.table("audit").listEntities({ queryOptions: { filter: odata`RowKey eq ${AUDIT_HEAD_ROW}`, select: ["partitionKey"] } });
  for await (const head of heads) chains.push(String(head.partitionKey));
  return chains.sort();
}

/** The head of a chain (position and hash of its last entry), or undefined for an empty chain. */
export async function readAuditHead(store: Store, chain: string): Promise<{ seq: number; hash: string } | undefined> {
  try {
    const head = await store.table("audit").getEntity<{ seq: number; hash: string }>(chain, AUDIT_HEAD_ROW);
    return { seq: Number(head.seq), hash: String(head.hash) };
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}
