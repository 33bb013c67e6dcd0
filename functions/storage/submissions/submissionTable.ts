import { odata } from "@azure/data-tables";
import type { AuditRecord } from "../audit/auditEntry";
import { commitToDossier, markerRowKey } from "../dossier/commitToDossier";
import { readDossierHead } from "../dossier/dossierHead";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import type { TimelineEvent } from "../../../shared/adhesion/timelineEvent";
import { timelineEventAction } from "../events/timelineTable";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { fromSubmissionEntity, toSubmissionEntity, versionRowKey } from "./submissionConverters";
import type { SubmissionRecord } from "./submissionRecord";

const [VERSION_FROM, VERSION_TO] = DOSSIER_ROWS.versionRange;

/** Every version of one commune, oldest first. */
export async function listCommuneSubmissions(store: Store, insee: string): Promise<SubmissionRecord[]> {
  const records: SubmissionRecord[] = [];
  const filter = odata`PartitionKey eq ${insee} and RowKey ge ${VERSION_FROM} and RowKey lt ${VERSION_TO}`;
  for await (const entity of store.table("dossiers").listEntities({ queryOptions: { filter } })) records.push(fromSubmissionEntity(entity));
  return records.sort((a, b) => a.version - b.version);
}

/** Every version of every commune (optionally one status only), by commune then version. */
export async function listAllSubmissions(store: Store, status?: string): Promise<SubmissionRecord[]> {
  const records: SubmissionRecord[] = [];
  const range = odata`RowKey ge ${VERSION_FROM} and RowKey lt ${VERSION_TO}`;
  const queryOptions = { filter: status ? `${range} and ${odata`status eq ${status}`}` : range };
  for await (const entity of store.table("dossiers").listEntities({ queryOptions })) records.push(fromSubmissionEntity(entity));
  return records.sort((a, b) => (a.insee === b.insee ? a.version - b.version : a.insee < b.insee ? -1 : 1));
}

/** One version, or undefined. */
export async function getSubmission(store: Store, insee: string, version: number): Promise<SubmissionRecord | undefined> {
  try {
    return fromSubmissionEntity(await store.table("dossiers").getEntity(insee, versionRowKey(version)));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** The last version number of a commune (0 when none). */
export async function lastVersion(store: Store, insee: string): Promise<number> {
  return (await readDossierHead(store, insee)).lastVersion;
}

const onceKeyOf = (requestKey: string) => `submission:${requestKey}`;

/** The version an Idempotency-Key (its SHA-256) created, if any (one read of its marker row). */
export async function versionOfRequest(store: Store, insee: string, requestKey: string): Promise<SubmissionRecord | undefined> {
  try {
    const marker = await store.table("dossiers").getEntity<{ version?: number }>(insee, markerRowKey(onceKeyOf(requestKey)));
    return marker.version === undefined ? undefined : getSubmission(store, insee, Number(marker.version));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** A history event and the audit entry that go with a change of a version. */
export interface VersionChangeRecords {
  readonly event: Omit<TimelineEvent, "id" | "version">;
  readonly audit: (version: number) => Omit<AuditRecord, "chain">;
}

/**
 * Records a new version with the next number, together with its history event and audit entry, in
 * one transaction. With a request key, a retry of the same request (even after a failure half-way)
 * finds the version it created instead of adding one.
 */
export async function createSubmission(store: Store, record: Omit<SubmissionRecord, "version" | "etag">, records: VersionChangeRecords): Promise<SubmissionRecord> {
  let created: number | undefined;
  const onceKey = record.requestKey === undefined ? undefined : onceKeyOf(record.requestKey);
  const result = await commitToDossier(
    store,
    record.insee,
    (head) => {
      created = head.lastVersion + 1;
      const { action } = timelineEventAction({ ...records.event, version: created }, head.auditSeq + 1, onceKey);
      return {
        actions: [["create", toSubmissionEntity({ ...record, version: created })], action],
        audit: records.audit(created),
        lastVersion: created,
        marker: { version: created },
      };
    },
    onceKey,
  );
  if (result.committed && created !== undefined) {
    const etag = result.etags.get(versionRowKey(created));
    return { ...record, version: created, ...(etag ? { etag } : {}) };
  }
  const stored = await versionOfRequest(store, record.insee, record.requestKey ?? "");
  if (!stored) throw new Error(`submission of ${record.insee}: version not found after its creation`);
  return stored;
}

/**
 * Replaces a version's mutable state (status, decision) if it is still at `etag`, with its history
 * event and audit entry, in one transaction; false when someone changed the version first.
 */
export async function updateSubmission(store: Store, record: SubmissionRecord, etag: string, records: VersionChangeRecords): Promise<SubmissionRecord | false> {
  try {
    await commitToDossier(store, record.insee, (head) => ({
      actions: [["update", toSubmissionEntity(record), "Replace", { etag }], timelineEventAction({ ...records.event, version: record.version }, head.auditSeq + 1).action],
      audit: records.audit(record.version),
    }));
  } catch (error) {
    if (isStatus(error, 412) || isStatus(error, 409)) return false;
    throw error;
  }
  // Read back for the new ETag (Azurite's transaction answer for an update does not carry it reliably).
  return (await getSubmission(store, record.insee, record.version)) ?? false;
}
