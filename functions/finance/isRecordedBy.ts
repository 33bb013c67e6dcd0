import { todayInParis } from "../../shared/calendar/todayInParis";

/** True when an instant (`2025-03-01T09:00:00.000Z`) falls on or before a cutoff day, to the end of that day in Paris. */
export function isRecordedBy(at: string, cutoff: string): boolean {
  return todayInParis(new Date(at)) <= cutoff;
}
