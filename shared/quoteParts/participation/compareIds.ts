/**
 * Orders identifiers by UTF-16 code units (`"21231" < "2A004"`), the same on every machine and
 * locale, unlike `localeCompare`.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
