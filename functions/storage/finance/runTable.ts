import { odata, type TransactionAction } from "@azure/data-tables";
import { randomBytes } from "node:crypto";
import { assertWithinEntityLimits } from "../entityLimits";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import type { Store } from "../store";
import { fromRunEntity, PUBLISHED_ROW, toRunEntity, toRunId } from "./runConverters";
import type { RunRecord } from "./RunRecord";

/** What a new run freezes: its inputs (the scenario text fed to the engine) and the engine's result. */
export interface NewRun {
  readonly year: number;
  readonly cutoff: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly costItemsSha256: string;
  readonly snapshot: string;
  readonly result: string;
}

/**
 * Records a computed run under a fresh id: its snapshot and result go to write-once documents of
 * their own, then its row is created. Concurrent runs of a year never share or overwrite anything.
 */
export async function recordRun(store: Store, run: NewRun): Promise<RunRecord> {
  const runId = toRunId(run.createdAt, randomBytes(4).toString("hex"));
  const folder = `runs/${run.year}/${runId}`;
  const [snapshot, result] = await Promise.all([putDocument(store, `${folder}/snapshot.json`, run.snapshot), putDocument(store, `${folder}/result.json`, run.result)]);
  const record: RunRecord = { ...run, runId, status: "calcule", snapshot, result };
  const entity = toRunEntity(record);
  assertWithinEntityLimits(entity);
  const created = await store.table("runs").createEntity(entity);
  return { ...record, ...(created.etag ? { etag: created.etag } : {}) };
}

/** One run, or undefined. */
export async function getRun(store: Store, year: number, runId: string): Promise<RunRecord | undefined> {
  try {
    return fromRunEntity(await store.table("runs").getEntity(String(year), runId));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** A year's runs, oldest first (the published marker row is left out: run ids start with a digit). */
export async function listRuns(store: Store, year: number): Promise<RunRecord[]> {
  const runs: RunRecord[] = [];
  const filter = odata`PartitionKey eq ${String(year)} and RowKey lt ${"a"}`;
  for await (const entity of store.table("runs").listEntities({ queryOptions: { filter } })) runs.push(fromRunEntity(entity));
  return runs.sort((a, b) => (a.runId < b.runId ? -1 : 1));
}

/** The published run of every year that has one, by year. */
export async function listPublishedRuns(store: Store): Promise<RunRecord[]> {
  const runs: RunRecord[] = [];
  const markers = store.table("runs").listEntities({ queryOptions: { filter: odata`RowKey eq ${PUBLISHED_ROW}` } });
  for await (const marker of markers) {
    const run = await getRun(store, Number(marker.partitionKey), String(marker.runId));
    if (run) runs.push(run);
  }
  return runs.sort((a, b) => a.year - b.year);
}

/** How a publication went: done, refused because the run changed since `ifMatch`, or because the year already has a published run. */
export type PublishOutcome = { readonly outcome: "published"; readonly run: RunRecord } | { readonly outcome: "stale" } | { readonly outcome: "taken" };

/**
 * Publishes a run, in one transaction of the year's partition: the run's row is updated under its
 * ETag and the year's marker row (naming the published run) created. A stale ETag fails the update;
 * an existing marker — another run, or this one, already published — fails the creation; either
 * way nothing changes. So a year has at most one published run, and a published run never changes.
 */
export async function publishRun(store: Store, run: RunRecord, ifMatch: string, publishedBy: string, publishedAt: string): Promise<PublishOutcome> {
  const published: RunRecord = { ...run, status: "publie", publishedBy, publishedAt };
  const marker = { partitionKey: String(run.year), rowKey: PUBLISHED_ROW, runId: run.runId, publishedAt };
  const actions: TransactionAction[] = [
    ["update", toRunEntity(published), "Replace", { etag: ifMatch }],
    ["create", marker],
  ];
  try {
    await store.table("runs").submitTransaction(actions);
  } catch (error) {
    if (isStatus(error, 412)) return { outcome: "stale" };
    if (isStatus(error, 409)) return { outcome: "taken" };
    throw error;
  }
  return { outcome: "published", run: (await getRun(store, run.year, run.runId)) ?? published };
}
