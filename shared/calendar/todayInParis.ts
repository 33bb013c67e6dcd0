const format = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day (`YYYY-MM-DD`) of an instant in metropolitan France. */
export function todayInParis(now: Date): string {
  return format.format(now);
}
