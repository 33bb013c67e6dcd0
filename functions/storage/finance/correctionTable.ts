import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { entityFields } from "../entityFields";
import { isStatus } from "../isStatus";
import type { Store } from "../store";
import { METROPOLE_DOSSIER } from "./metropoleDossier";

/** A correction of a published year (« annule et remplace »): why, by whom, and the run it is to replace. */
export interface OpenCorrection {
  readonly year: number;
  readonly reason: string;
  readonly openedAt: string;
  readonly openedBy: string;
  /** The published run the correction will replace. */
  readonly replaces: string;
  readonly etag?: string;
}

/** The row of an open correction. */
export function toCorrectionEntity(correction: OpenCorrection) {
  return {
    partitionKey: METROPOLE_DOSSIER,
    rowKey: DOSSIER_ROWS.correction(correction.year),
    year: correction.year,
    reason: correction.reason,
    openedAt: correction.openedAt,
    openedBy: correction.openedBy,
    replaces: correction.replaces,
  };
}

/** The year's open correction, or undefined. */
export async function readOpenCorrection(store: Store, year: number): Promise<OpenCorrection | undefined> {
  try {
    const entity = await store.table("dossiers").getEntity<Record<string, unknown>>(METROPOLE_DOSSIER, DOSSIER_ROWS.correction(year));
    const fields = entityFields(entity, `correction ${year}`);
    return {
      year: fields.integer("year"),
      reason: fields.text("reason"),
      openedAt: fields.text("openedAt"),
      openedBy: fields.text("openedBy"),
      replaces: fields.text("replaces"),
      ...(entity.etag ? { etag: entity.etag } : {}),
    };
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}
