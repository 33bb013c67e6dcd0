import { odata, type TransactionAction } from "@azure/data-tables";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { assertWithinEntityLimits } from "../entityLimits";
import { fromSubmissionEntity, toSubmissionEntity, versionRowKey } from "./submissionConverters";
import type { SubmissionRecord } from "./submissionRecord";

/** Row of a commune's partition holding its last version number (advanced in the same transaction as each new version). */
const COUNTER_ROW = "counter";
/** Row of a commune's partition marking which version an Idempotency-Key created. */
const keyRow = (requestKey: string) => `key-${requestKey}`;

/** Every version of one commune, oldest first. */
export async function listCommuneSubmissions(store: Store, insee: string): Promise<SubmissionRecord[]> {
  const records: SubmissionRecord[] = [];
  const filter = odata`PartitionKey eq ${insee} and RowKey ge ${"v"} and RowKey lt ${"w"}`;
  for await (const entity of store.table("submissions").listEntities({ queryOptions: { filter } })) {
    records.push(fromSubmissionEntity(entity));
  }
  return records.sort((a, b) => a.version - b.version);
}

/** Every version of every commune (optionally one status only), by commune then version. */
export async function listAllSubmissions(store: Store, status?: string): Promise<SubmissionRecord[]> {
  const records: SubmissionRecord[] = [];
  const queryOptions = { filter: status ? odata`RowKey ge ${"v"} and RowKey lt ${"w"} and status eq ${status}` : odata`RowKey ge ${"v"} and RowKey lt ${"w"}` };
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

/** The last version number of a commune (0 when none) and the counter row's ETag. */
export async function lastVersion(store: Store, insee: string): Promise<{ version: number; etag?: string }> {
  try {
    const counter = await store.table("submissions").getEntity<{ last: number }>(insee, COUNTER_ROW);
    return { version: Number(counter.last), etag: counter.etag };
  } catch (error) {
    if (isStatus(error, 404)) return { version: 0 };
    throw error;
  }
}

/** The version an Idempotency-Key (its SHA-256) created, if any. */
export async function versionOfRequest(store: Store, insee: string, requestKey: string): Promise<SubmissionRecord | undefined> {
  try {
    const marker = await store.table("submissions").getEntity<{ version: number }>(insee, keyRow(requestKey));
    return getSubmission(store, insee, Number(marker.version));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/**
 * Records a new version with the next number: the version row, the commune's counter and (with a
 * request key) the key marker are written in ONE transaction, so concurrent writers each get their
 * own number and one Idempotency-Key can never create two versions.
 */
export async function createSubmission(store: Store, record: Omit<SubmissionRecord, "version" | "etag">): Promise<SubmissionRecord> {
  const table = store.table("submissions");
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const counter = await lastVersion(store, record.insee);
    const version = counter.version + 1;
    const entity = toSubmissionEntity({ ...record, version });
    assertWithinEntityLimits(entity);
    const counterEntity = { partitionKey: record.insee, rowKey: COUNTER_ROW, last: version };
    const actions: TransactionAction[] = [
      ["create", entity],
      counter.etag ? ["update", counterEntity, "Replace", { etag: counter.etag }] : ["create", counterEntity],
      ...(record.requestKey ? [["create", { partitionKey: record.insee, rowKey: keyRow(record.requestKey), version }] as TransactionAction] : []),
    ];
    try {
      await table.submitTransaction(actions);
    } catch (error) {
      if (!isStatus(error, 409) && !isStatus(error, 412)) throw error;
      if (record.requestKey) {
        const existing = await versionOfRequest(store, record.insee, record.requestKey);
        if (existing) return existing;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * Math.min(attempt + 1, 10)));
      continue;
    }
    const created = await getSubmission(store, record.insee, version);
    if (!created) throw new Error(`submission ${record.insee} v${version} vanished after its creation`);
    return created;
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
