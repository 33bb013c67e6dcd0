import type { TimelineEvent } from "../../../../shared/adhesion/timelineEvent";

let counter = 0;

/** A history entry recorded at `at` (the entries' order is their recording order). */
export function entry(type: TimelineEvent["type"], fields: Partial<Omit<TimelineEvent, "type">> = {}): TimelineEvent {
  counter += 1;
  return { insee: "21003", id: `e${String(counter).padStart(6, "0")}`, at: `2025-01-01T00:00:00.${String(counter % 1000).padStart(3, "0")}Z`, by: "staff:test", type, ...fields };
}

/** A history validated from `from` for sets A and B (the usual start of these tests). */
export function validatedAB(from = "2025-01-01"): TimelineEvent[] {
  return [entry("depot", { version: 1 }), entry("validation", { version: 1, date: from, sets: ["A", "B"] })];
}
