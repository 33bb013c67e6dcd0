import type { ScenarioFile } from "../../shared/finance/ScenarioFile";
import type { Services } from "../services/services";
import { listErasureMarkers, type ErasureMarker } from "../storage/erasure/erasureMarkers";
import type { RunRecord } from "../storage/finance/RunRecord";
import { getJsonDocument } from "../storage/getDocument";

/** A member erased after a run was computed, whose data the run still carries. */
export interface ErasedMember extends ErasureMarker {
  readonly name: string;
}

/**
 * The members of an unpublished run whose data was erased after it was computed and that the run
 * still bills or weighs (adhesions or figures in its snapshot). A published run is a financial
 * record and keeps its lines: none for it.
 */
export async function erasuresInRun(services: Services, run: RunRecord): Promise<ErasedMember[]> {
  if (run.status === "publie") return [];
  const later = (await listErasureMarkers(services.store)).filter((marker) => marker.at > run.createdAt);
  if (later.length === 0) return [];
  const snapshot = await getJsonDocument<ScenarioFile>(services.store, run.snapshot);
  return later.flatMap((marker) => {
    const member = snapshot.members.find((candidate) => candidate.id === marker.insee);
    const carried = member && (member.adhesions.length > 0 || Object.keys(member.weights).length > 0);
    return carried ? [{ ...marker, name: member.name ?? marker.insee }] : [];
  });
}
