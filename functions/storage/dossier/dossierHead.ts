import { GENESIS_HASH } from "../audit/auditEntry";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { DOSSIER_ROWS } from "./dossierRows";

/** The head of a dossier: last version number and the end of its audit chain, with the row's ETag. */
export interface DossierHead {
  readonly lastVersion: number;
  readonly auditSeq: number;
  readonly auditHash: string;
  readonly etag?: string;
  /** The random id of the change that last moved the head (see commitToDossier). */
  readonly change?: string;
}

/** Reads a dossier's head (an empty head when the dossier has none yet); `abortSignal` gives up sooner. */
export async function readDossierHead(store: Store, partition: string, abortSignal?: AbortSignal): Promise<DossierHead> {
  try {
    const head = await store.table("dossiers").getEntity<Record<string, unknown>>(partition, DOSSIER_ROWS.head, abortSignal ? { abortSignal } : {});
    return {
      lastVersion: Number(head.lastVersion ?? 0),
      auditSeq: Number(head.auditSeq ?? 0),
      auditHash: String(head.auditHash ?? GENESIS_HASH),
      etag: head.etag,
      ...(typeof head.change === "string" ? { change: head.change } : {}),
    };
  } catch (error) {
    if (isStatus(error, 404)) return { lastVersion: 0, auditSeq: 0, auditHash: GENESIS_HASH };
    throw error;
  }
}
