import { odata } from "@azure/data-tables";
import { isInseeCode } from "../../../shared/identifiers/inseeCode";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { METROPOLE_DOSSIER } from "../finance/metropoleDossier";
import type { Store } from "../store";

/** A commune's data was erased at its request, at this instant. */
export interface ErasureMarker {
  readonly insee: string;
  readonly at: string;
}

/**
 * Records in the Métropole's dossier that a commune's data is being erased (before anything is
 * deleted: a run computed before it must not be published, PRODUCT.md §4). Recording it twice
 * (an erasure retried) keeps both.
 */
export async function recordErasureMarker(store: Store, marker: ErasureMarker): Promise<void> {
  await store.table("dossiers").upsertEntity({ partitionKey: METROPOLE_DOSSIER, rowKey: DOSSIER_ROWS.erasure(marker.insee, marker.at), insee: marker.insee, at: marker.at }, "Replace");
}

/** Every erasure recorded, oldest first. */
export async function listErasureMarkers(store: Store): Promise<ErasureMarker[]> {
  const [from, to] = DOSSIER_ROWS.erasureRange;
  const markers: ErasureMarker[] = [];
  const filter = odata`PartitionKey eq ${METROPOLE_DOSSIER} and RowKey ge ${from} and RowKey lt ${to}`;
  for await (const entity of store.table("dossiers").listEntities({ queryOptions: { filter } })) {
    const insee = entity.insee;
    const at = entity.at;
    if (typeof insee !== "string" || !isInseeCode(insee) || typeof at !== "string" || Number.isNaN(Date.parse(at))) {
      throw new Error(`erasure marker ${String(entity.rowKey)} unreadable`);
    }
    markers.push({ insee, at });
  }
  return markers.sort((a, b) => (a.at < b.at ? -1 : 1));
}
