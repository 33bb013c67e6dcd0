import { GENESIS_HASH } from "../audit/auditEntry";
import { entityFields } from "../entityFields";
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
    const fields = entityFields(head, `head of ${partition}`);
    const change = fields.optionalText("change");
    // A head is created by its dossier's first commit: a version or an audit entry may not exist yet.
    return {
      lastVersion: fields.optionalInteger("lastVersion") ?? 0,
      auditSeq: fields.optionalInteger("auditSeq") ?? 0,
      auditHash: fields.optionalText("auditHash") ?? GENESIS_HASH,
      etag: head.etag,
      ...(change ? { change } : {}),
    };
  } catch (error) {
    if (isStatus(error, 404)) return { lastVersion: 0, auditSeq: 0, auditHash: GENESIS_HASH };
    throw error;
  }
}
