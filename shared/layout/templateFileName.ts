import type { BlockCounts } from "./sheetLayout";

/**
 * The file name of a template workbook, carrying its version and how many site configurations of
 * each kind it has (f: fibre, i: autre interconnexion, s: sites isolés), so that two downloads
 * with other counts are told apart: `description-organique-2026.1-f1-i0-s1.xlsx`; a workbook
 * prefilled for a commune also names its INSEE code: `description-organique-21231-2026.1-f2-i0-s1.xlsx`.
 */
export function templateFileName(templateVersion: string, blocks: BlockCounts, insee?: string): string {
  const commune = insee === undefined ? "" : `${insee}-`;
  return `description-organique-${commune}${templateVersion}-f${blocks.fibre}-i${blocks.interconnexion}-s${blocks.isole}.xlsx`;
}
