import { odata } from "@azure/data-tables";
import { isInseeCode } from "../../../shared/identifiers/inseeCode";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { forEachBlobPage } from "../forEachBlobPage";
import { storageDeadline } from "../storageDeadline";
import type { Store, TableName } from "../store";

/** What an erasure removed. */
export interface ErasureCounts {
  readonly records: number;
  readonly documents: number;
}

const [AUDIT_FROM, AUDIT_TO] = DOSSIER_ROWS.auditRange;
const TABLES: readonly TableName[] = ["drafts", "idempotency"];
const PREFIXES = ["submissions", "drafts", "idempotency"];

/**
 * Destroys a departed commune's data on its request (convention: "données … immédiatement
 * détruites"): submitted versions and their documents, draft, history, idempotency records.
 * Its audit chain (head and entries) and published quote-part runs are kept: accounting, and proof
 * of the erasure itself. Only ever one commune's partition: anything but an INSEE code (the
 * Métropole's `metropole` dossier, with the cost items and runs, above all) is refused as a bug.
 */
export async function eraseCommuneData(store: Store, insee: string): Promise<ErasureCounts> {
  if (!isInseeCode(insee)) throw new Error(`erasure of "${insee}" refused: only a commune's dossier (INSEE code) can be erased`);
  let records = 0;
  const dossiers = store.table("dossiers");
  for await (const entity of dossiers.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${insee}`, select: ["rowKey"] } })) {
    const rowKey = String(entity.rowKey);
    if (rowKey === DOSSIER_ROWS.head || (rowKey >= AUDIT_FROM && rowKey < AUDIT_TO)) continue;
    await dossiers.deleteEntity(insee, rowKey);
    records += 1;
  }
  for (const name of TABLES) {
    const table = store.table(name);
    for await (const entity of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${insee}`, select: ["rowKey"] } })) {
      await table.deleteEntity(insee, String(entity.rowKey));
      records += 1;
    }
  }
  let documents = 0;
  for (const prefix of PREFIXES) {
    await forEachBlobPage(store, `${prefix}/${insee}/`, async (blobs) => {
      for (const blob of blobs) {
        await store.documents.deleteBlob(blob.name, { abortSignal: storageDeadline() });
        documents += 1;
      }
    });
  }
  return { records, documents };
}
