import type { Store } from "../store";
import type { DossierHead } from "./dossierHead";

const LIMIT = 10_000;
const heads = new WeakMap<Store, Map<string, DossierHead>>();

/**
 * The dossier heads this process wrote last, per store (bounded). Only a hint: a commit made from a
 * stale head fails on the head's ETag and is retried from a fresh read.
 */
export const knownHeads = {
  get(store: Store, partition: string): DossierHead | undefined {
    return heads.get(store)?.get(partition);
  },
  set(store: Store, partition: string, head: DossierHead): void {
    let byPartition = heads.get(store);
    if (!byPartition) heads.set(store, (byPartition = new Map()));
    byPartition.delete(partition);
    byPartition.set(partition, head);
    if (byPartition.size > LIMIT) byPartition.delete(byPartition.keys().next().value as string);
  },
  forget(store: Store, partition: string): void {
    heads.get(store)?.delete(partition);
  },
};
