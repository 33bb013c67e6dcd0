import { odata, type TransactionAction } from "@azure/data-tables";
import { randomBytes } from "node:crypto";
import type { AuditRecord } from "../audit/auditEntry";
import { commitToDossier } from "../dossier/commitToDossier";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import type { Store } from "../store";
import { METROPOLE_DOSSIER } from "./metropoleDossier";
import { fromPublishedEntity, fromRunEntity, toPublishedEntity, toRunEntity, toRunId } from "./runConverters";
import type { RunRecord } from "./RunRecord";

/** The audit entry of a run's change, given the run as changed. */
export type RunAudit = (run: RunRecord) => Omit<AuditRecord, "chain">;

/** What a new run freezes: its inputs (the scenario text fed to the engine), the engine's result, and what the run did (warnings, correction). */
export interface NewRun {
  readonly year: number;
  readonly cutoff: string;
  readonly fullYear: boolean;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly costItemsSha256: string;
  readonly warnings: RunRecord["warnings"];
  readonly corrects?: string;
  readonly correctionReason?: string;
  readonly snapshot: string;
  readonly result: string;
}

/**
 * Records a computed run under a fresh id: its snapshot and result go to write-once documents of
 * their own, then its row is created with its audit entry in one transaction of the Métropole's
 * dossier. Concurrent runs of a year never share or overwrite anything.
 */
export async function recordRun(store: Store, run: NewRun, audit: RunAudit): Promise<RunRecord> {
  const runId = toRunId(run.createdAt, randomBytes(4).toString("hex"));
  const folder = `runs/${run.year}/${runId}`;
  const [snapshot, result] = await Promise.all([putDocument(store, `${folder}/snapshot.json`, run.snapshot), putDocument(store, `${folder}/result.json`, run.result)]);
  const record: RunRecord = { ...run, runId, status: "calcule", snapshot, result };
  const entity = toRunEntity(record);
  const committed = await commitToDossier(store, METROPOLE_DOSSIER, () => ({ actions: [["create", entity]], audit: audit(record) }));
  const etag = committed.committed ? committed.etags.get(entity.rowKey) : undefined;
  return { ...record, ...(etag ? { etag } : {}) };
}

/** One run, or undefined. */
export async function getRun(store: Store, year: number, runId: string): Promise<RunRecord | undefined> {
  try {
    return fromRunEntity(await store.table("dossiers").getEntity(METROPOLE_DOSSIER, DOSSIER_ROWS.run(year, runId)));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** A year's runs, oldest first. */
export async function listRuns(store: Store, year: number): Promise<RunRecord[]> {
  const runs: RunRecord[] = [];
  const [from, to] = DOSSIER_ROWS.runRange(year);
  const filter = odata`PartitionKey eq ${METROPOLE_DOSSIER} and RowKey ge ${from} and RowKey lt ${to}`;
  for await (const entity of store.table("dossiers").listEntities({ queryOptions: { filter } })) runs.push(fromRunEntity(entity));
  return runs.sort((a, b) => (a.runId < b.runId ? -1 : 1));
}

/** The years that have a published run, and its id (the markers only: one query). */
export async function listPublications(store: Store): Promise<{ year: number; runId: string }[]> {
  const [from, to] = DOSSIER_ROWS.publishedRange;
  const filter = odata`PartitionKey eq ${METROPOLE_DOSSIER} and RowKey ge ${from} and RowKey lt ${to}`;
  const published: { year: number; runId: string }[] = [];
  for await (const marker of store.table("dossiers").listEntities({ queryOptions: { filter } })) published.push(fromPublishedEntity(marker));
  return published;
}

/** The published run of every year that has one, by year. */
export async function listPublishedRuns(store: Store): Promise<RunRecord[]> {
  const published = await listPublications(store);
  const runs = await Promise.all(published.map(({ year, runId }) => getRun(store, year, runId)));
  return runs.filter((run): run is RunRecord => run !== undefined).sort((a, b) => a.year - b.year);
}

/** How a publication went: done, refused because the run changed since `ifMatch`, or because the year already has a published run. */
export type PublishOutcome = { readonly outcome: "published"; readonly run: RunRecord } | { readonly outcome: "stale" } | { readonly outcome: "taken" };

/**
 * Publishes a run, in one transaction of the Métropole's dossier: the run's row is updated under
 * its ETag, the year's marker row (naming the published run) created, and the audit entry written.
 * A stale ETag fails the update; an existing marker — another run, or this one, already published —
 * fails the creation; either way nothing changes. So a year has at most one published run, and a
 * published run never changes.
 */
export async function publishRun(store: Store, run: RunRecord, ifMatch: string, publishedBy: string, publishedAt: string, audit: RunAudit): Promise<PublishOutcome> {
  const record: RunRecord = { ...run, status: "publie", publishedBy, publishedAt };
  const entity = toRunEntity(record);
  const actions: TransactionAction[] = [
    ["update", entity, "Replace", { etag: ifMatch }],
    ["create", toPublishedEntity(run, publishedAt)],
  ];
  let etag: string | undefined;
  try {
    const committed = await commitToDossier(store, METROPOLE_DOSSIER, () => ({ actions, audit: audit(record) }));
    etag = committed.committed ? committed.etags.get(entity.rowKey) : undefined;
  } catch (error) {
    if (isStatus(error, 412)) return { outcome: "stale" };
    if (isStatus(error, 409)) return { outcome: "taken" };
    throw error;
  }
  // A published run never changes again: reading it back is safe when the answer lacks its ETag.
  etag ??= (await getRun(store, run.year, run.runId))?.etag;
  return { outcome: "published", run: { ...record, ...(etag ? { etag } : {}) } };
}

/**
 * Publishes a corrective run (« annule et remplace »), in one transaction of the Métropole's
 * dossier: the replaced run is marked replaced (under its ETag), the corrective run published
 * (under `ifMatch`), the year's marker pointed at it, the correction closed (its row deleted) and
 * the audit entry written. Any of them changed meanwhile: nothing changes ("stale").
 */
export async function publishCorrectiveRun(
  store: Store,
  runs: { readonly corrective: RunRecord; readonly replaced: RunRecord },
  correction: { readonly year: number },
  ifMatch: string,
  publishedBy: string,
  publishedAt: string,
  audit: RunAudit,
): Promise<PublishOutcome> {
  const record: RunRecord = { ...runs.corrective, status: "publie", publishedBy, publishedAt };
  const replaced: RunRecord = { ...runs.replaced, status: "remplace", replacedBy: record.runId, replacedAt: publishedAt };
  const entity = toRunEntity(record);
  const actions: TransactionAction[] = [
    ["update", entity, "Replace", { etag: ifMatch }],
    ["update", toRunEntity(replaced), "Replace", { etag: runs.replaced.etag ?? "*" }],
    ["upsert", toPublishedEntity(record, publishedAt), "Replace"],
    // Unconditional in a transaction (the SDK sends "*"): the runs' ETags and the dossier head keep it exact; a correction already gone fails it (404).
    ["delete", { partitionKey: METROPOLE_DOSSIER, rowKey: DOSSIER_ROWS.correction(correction.year) }],
  ];
  let etag: string | undefined;
  try {
    const committed = await commitToDossier(store, METROPOLE_DOSSIER, () => ({ actions, audit: audit(record) }));
    etag = committed.committed ? committed.etags.get(entity.rowKey) : undefined;
  } catch (error) {
    if (isStatus(error, 412) || isStatus(error, 404)) return { outcome: "stale" };
    throw error;
  }
  etag ??= (await getRun(store, record.year, record.runId))?.etag;
  return { outcome: "published", run: { ...record, ...(etag ? { etag } : {}) } };
}
