import { adhesionChanges } from "../../adhesionChanges";
import { publishedYearsChanged, type PublishedYear } from "../../publishedYearsChanged";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/** The published years an event would change (none for a notice or a régularisation, which change no period). */
export function publishedYearsOfEvent({ event, history, published }: LifecycleEventContext): PublishedYear[] {
  const [change] = adhesionChanges([{ insee: "", id: "", at: "", by: "", type: event.type, date: event.date, ...(event.sets ? { sets: event.sets } : {}) }]);
  return change ? publishedYearsChanged(adhesionChanges(history), change, published) : [];
}
