import { odata } from "@azure/data-tables";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { assertWithinEntityLimits } from "../entityLimits";
import { fromSubmissionEntity, toSubmissionEntity, versionRowKey } from "./submissionConverters";
import type { SubmissionRecord } from "./submissionRecord";

/** Every version of one commune, oldest first. */
export async function listCommuneSubmissions(store: Store, insee: string): Promise<SubmissionRecord[]> {
  const records: SubmissionRecord[] = [];
  for await (const entity of store.table("submissions").listEntities({ queryOptions: { filter: odata`PartitionKey eq ${insee}` } })) {
    records.push(fromSubmissionEntity(entity));
  }
  return records.sort((a, b) => a.version - b.version);
}

/** Every version of every commune (optionally one status only), by commune then version. */
export async function listAllSubmissions(store: Store, status?: string): Promise<SubmissionRecord[]> {
  const records: SubmissionRecord[] = [];
  const queryOptions = status ? { filter: odata`status eq ${status}` } : {};
  for await (const entity of store.table("submissions").listEntities({ queryOptions })) records.push(fromSubmissionEntity(entity));
  return records.sort((a, b) => (a.insee === b.insee ? a.version - b.version : a.insee < b.insee ? -1 : 1));
}

/** One version, or undefined. */
export async function getSubmission(store: Store, insee: string, version: number): Promise<SubmissionRecord | undefined> {
  try {
    return fromSubmissionEntity(await store.table("submissions").getEntity(insee, versionRowKey(version)));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** Records a new version with the next free number (concurrent writers each get their own number). */
export async function createSubmission(store: Store, record: Omit<SubmissionRecord, "version" | "etag">): Promise<SubmissionRecord> {
  const existing = await listCommuneSubmissions(store, record.insee);
  let version = (existing.at(-1)?.version ?? 0) + 1;
  for (let attempt = 0; attempt < 50; attempt += 1, version += 1) {
    const entity = toSubmissionEntity({ ...record, version });
    assertWithinEntityLimits(entity);
    try {
      const created = await store.table("submissions").createEntity(entity);
      return { ...record, version, ...(created.etag ? { etag: created.etag } : {}) };
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
    }
  }
  throw new Error(`submissions of ${record.insee}: too much contention`);
}

/** Replaces a version's mutable state (status, decision) if it is still at `etag`; false when someone changed it first. */
export async function updateSubmission(store: Store, record: SubmissionRecord, etag: string): Promise<SubmissionRecord | false> {
  const entity = toSubmissionEntity(record);
  assertWithinEntityLimits(entity);
  try {
    const updated = await store.table("submissions").updateEntity(entity, "Replace", { etag });
    return { ...record, ...(updated.etag ? { etag: updated.etag } : {}) };
  } catch (error) {
    if (isStatus(error, 412)) return false;
    throw error;
  }
}
