import { odata } from "@azure/data-tables";
import { readDossierHead } from "../dossier/dossierHead";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import type { Store } from "../store";
import type { AuditEntry } from "./auditEntry";
import { fromAuditEntity } from "./auditConverters";
import { entityFields } from "../entityFields";

/** Every entry of one chain, in chain order. */
export async function readAuditChain(store: Store, chain: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  const [from, to] = DOSSIER_ROWS.auditRange;
  const rows = store.table("dossiers").listEntities({ queryOptions: { filter: odata`PartitionKey eq ${chain} and RowKey ge ${from} and RowKey lt ${to}` } });
  for await (const row of rows) entries.push(fromAuditEntity(row));
  return entries.sort((a, b) => a.seq - b.seq);
}

/** The names of every chain (one per dossier that has a head: communes and `metropole`). */
export async function listAuditChains(store: Store): Promise<string[]> {
  const chains: string[] = [];
  const heads = store.table("dossiers").listEntities({ queryOptions: { filter: odata`RowKey eq ${DOSSIER_ROWS.head}`, select: ["partitionKey", "auditSeq"] } });
  for await (const head of heads) if ((entityFields(head, `head of ${head.partitionKey}`).optionalInteger("auditSeq") ?? 0) > 0) chains.push(String(head.partitionKey));
  return chains.sort();
}

/** The head of a chain (position and hash of its last entry), or undefined for an empty chain. */
export async function readAuditHead(store: Store, chain: string): Promise<{ seq: number; hash: string } | undefined> {
  const head = await readDossierHead(store, chain);
  return head.auditSeq === 0 ? undefined : { seq: head.auditSeq, hash: head.auditHash };
}
