import { odata, type TransactionAction } from "@azure/data-tables";
import { randomUUID } from "node:crypto";
import type { AuditRecord } from "../audit/auditEntry";
import { commitToDossier } from "../dossier/commitToDossier";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { getJsonDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import { storageDeadline } from "../storageDeadline";
import type { Store } from "../store";
import { METROPOLE_DOSSIER } from "./metropoleDossier";
import { fromYearDocumentEntity, toYearDocumentEntity } from "./yearDocumentConverters";
import type { YearDocumentKind } from "./yearDocumentKinds";
import type { YearDocumentRecord } from "./YearDocumentRecord";

/** The pointer row of a year's document of this kind, or undefined when none was saved. */
export async function readYearDocumentRecord(store: Store, kind: YearDocumentKind, year: number): Promise<YearDocumentRecord | undefined> {
  try {
    return fromYearDocumentEntity(await store.table("dossiers").getEntity(METROPOLE_DOSSIER, kind.row(year)));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** A year's document of this kind: the pointer row and the document it points to (SHA-256 checked), or undefined. */
export async function readYearDocument<T>(store: Store, kind: YearDocumentKind, year: number): Promise<{ record: YearDocumentRecord; document: T } | undefined> {
  const record = await readYearDocumentRecord(store, kind, year);
  return record && { record, document: await getJsonDocument<T>(store, record.document) };
}

/** Every save of a year's document of this kind, oldest first (earlier versions stay readable). */
export async function listYearDocumentVersions(store: Store, kind: YearDocumentKind, year: number): Promise<YearDocumentRecord[]> {
  const [from, to] = DOSSIER_ROWS.yearDocumentVersionRange(kind.name, year);
  const filter = odata`PartitionKey eq ${METROPOLE_DOSSIER} and RowKey ge ${from} and RowKey lt ${to}`;
  const versions: YearDocumentRecord[] = [];
  for await (const entity of store.table("dossiers").listEntities({ queryOptions: { filter } })) versions.push(fromYearDocumentEntity(entity));
  return versions.sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
}

/** A document as saved (with its new ETag), and the one it replaced (none for a year's first save). */
export interface SavedYearDocument {
  readonly record: YearDocumentRecord;
  readonly previous?: YearDocumentRecord;
}

/**
 * Saves a year's document of this kind as a whole: the document goes to a new write-once blob
 * (earlier ones stay readable, listed by their version rows), then the pointer row is pointed at it
 * with a version row and the audit entry `audit` gives, in one transaction of the Métropole's
 * dossier. With `ifMatch`, it replaces the row only if it is still at that version ("changed"
 * otherwise: someone saved in between, or nothing was there); without, it only creates the year's
 * first document ("exists" when there is one: replacing it needs the version read). The replaced
 * row is read within the commit, so the audit names exactly the version replaced.
 */
export async function saveYearDocument(
  store: Store,
  kind: YearDocumentKind,
  save: { year: number; document: unknown; savedBy: string; savedAt: string },
  audit: (saved: YearDocumentRecord, previous: YearDocumentRecord | undefined) => Promise<Omit<AuditRecord, "chain">> | Omit<AuditRecord, "chain">,
  ifMatch?: string,
): Promise<SavedYearDocument | "changed" | "exists"> {
  const blobName = `${kind.name}/${save.year}/${save.savedAt.replace(/[:.]/g, "-")}-${randomUUID()}.json`;
  const pointer = await putDocument(store, blobName, JSON.stringify(save.document));
  const record: YearDocumentRecord = { year: save.year, savedAt: save.savedAt, savedBy: save.savedBy, document: pointer };
  const entity = toYearDocumentEntity(kind.row(save.year), record);
  const version = toYearDocumentEntity(DOSSIER_ROWS.yearDocumentVersion(kind.name, save.year, `${save.savedAt}-${pointer.sha256.slice(0, 8)}`), record);
  let previous: YearDocumentRecord | undefined;
  try {
    const result = await commitToDossier(store, METROPOLE_DOSSIER, async () => {
      previous = await readYearDocumentRecord(store, kind, save.year);
      const action: TransactionAction = ifMatch === undefined ? ["create", entity] : ["update", entity, "Replace", { etag: ifMatch }];
      return { actions: [action, ["upsert", version, "Replace"]], audit: await audit(record, previous) };
    });
    // A commit recognised after a lost answer may not know its rows' ETags: read the row back (ours when it names our document).
    const etag = (result.committed ? result.etags.get(entity.rowKey) : undefined) ?? (await etagOfOwnRow(store, kind, save.year, pointer.blobName));
    return { record: { ...record, ...(etag ? { etag } : {}) }, ...(previous ? { previous } : {}) };
  } catch (error) {
    // 400: an If-Match storage cannot read as an ETag — no version it could match.
    const refused = ifMatch === undefined ? isStatus(error, 409) && "exists" : (isStatus(error, 412) || isStatus(error, 404) || isStatus(error, 400)) && "changed";
    if (!refused) throw error;
    // Nobody points at the document: drop it (best effort).
    await store.documents.deleteBlob(blobName, { abortSignal: storageDeadline() }).catch(() => undefined);
    return refused;
  }
}

/** The ETag of the year's row if it still names this document (undefined when another save replaced it since). */
async function etagOfOwnRow(store: Store, kind: YearDocumentKind, year: number, blobName: string): Promise<string | undefined> {
  const row = await readYearDocumentRecord(store, kind, year);
  return row?.document.blobName === blobName ? row.etag : undefined;
}
