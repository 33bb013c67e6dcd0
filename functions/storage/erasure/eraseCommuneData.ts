import { odata } from "@azure/data-tables";
import type { Store, TableName } from "../store";

/** What an erasure removed. */
export interface ErasureCounts {
  readonly records: number;
  readonly documents: number;
}

const TABLES: readonly TableName[] = ["submissions", "drafts", "events", "idempotency"];
const PREFIXES = ["submissions", "drafts", "idempotency"];

/**
 * Destroys a departed commune's data on its request (convention: "données … immédiatement
 * détruites"): submitted versions and their documents, draft, history, idempotency records.
 * The audit trail and published quote-part runs are kept (accounting and proof of the erasure).
 */
export async function eraseCommuneData(store: Store, insee: string): Promise<ErasureCounts> {
  let records = 0;
  for (const name of TABLES) {
    const table = store.table(name);
    for await (const entity of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${insee}`, select: ["rowKey"] } })) {
      await table.deleteEntity(insee, String(entity.rowKey));
      records += 1;
    }
  }
  let documents = 0;
  for (const prefix of PREFIXES) {
    for await (const blob of store.documents.listBlobsFlat({ prefix: `${prefix}/${insee}/` })) {
      await store.documents.deleteBlob(blob.name);
      documents += 1;
    }
  }
  return { records, documents };
}
