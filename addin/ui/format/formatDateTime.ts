const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
const TIME = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" });
const DATE = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** An instant as a French date and time in Paris: « 01/03/2025 10:32 ». */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** An instant's time in Paris: « 10:32 ». */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date);
}

/** A calendar day `YYYY-MM-DD` in words: « 1er mai 2025 », « 14 juillet 2025 ». */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  // French writes the first of the month « 1er ».
  return Number.isNaN(date.getTime()) ? day : DATE.format(date).replace(/^1 /, "1er ");
}
