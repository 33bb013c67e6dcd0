import type { TimelineEvent } from "../../../shared/adhesion/timelineEvent";
import { mapInBatches } from "../mapInBatches";
import type { Store } from "../store";
import { listTimeline } from "./timelineTable";

/** The history of each of these communes, by INSEE code, read a few at a time. */
export async function listTimelines(store: Store, communes: readonly string[]): Promise<Map<string, TimelineEvent[]>> {
  const read = await mapInBatches(communes, (insee) => listTimeline(store, insee));
  return new Map(communes.map((insee, index) => [insee, read[index] ?? []] as const));
}
