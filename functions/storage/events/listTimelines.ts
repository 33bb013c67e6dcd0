import type { Store } from "../store";
import type { TimelineEvent } from "../../../shared/adhesion/timelineEvent";
import { listTimeline } from "./timelineTable";

/** Histories read at once (an EPCI of hundreds of communes does not flood storage). */
const PARALLEL_READS = 16;

/** The history of each of these communes, by INSEE code, read 16 at a time. */
export async function listTimelines(store: Store, communes: readonly string[]): Promise<Map<string, TimelineEvent[]>> {
  const timelines = new Map<string, TimelineEvent[]>();
  for (let from = 0; from < communes.length; from += PARALLEL_READS) {
    const batch = communes.slice(from, from + PARALLEL_READS);
    const read = await Promise.all(batch.map((insee) => listTimeline(store, insee)));
    batch.forEach((insee, index) => timelines.set(insee, read[index] ?? []));
  }
  return timelines;
}
