/** True when a cell's text is missing, empty or only spaces (a blank is never 0). */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}
