/** The name of the read-only sheet showing a submitted version to staff. */
export function reviewSheetName(insee: string, version: number): string {
  return `Dépôt ${insee} v${version}`;
}
