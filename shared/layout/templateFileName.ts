import type { BlockCounts } from "./sheetLayout";

/**
 * The file name of a template workbook, carrying its version and how many site configurations of
 * each kind it has (f: fibre, i: autre interconnexion, s: sites isolés), so that two downloads
 * with other counts are told apart: `description-organique-2026.1-f1-i0-s1.xlsx`.
 */
export function templateFileName(templateVersion: string, blocks: BlockCounts): string {
  return `description-organique-${templateVersion}-f${blocks.fibre}-i${blocks.interconnexion}-s${blocks.isole}.xlsx`;
}
