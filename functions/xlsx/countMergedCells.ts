const MERGE = /<mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"/g;

function columnNumber(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * The merged ranges declared in worksheet XML parts and the cells they cover, read from the XML
 * before ExcelJS (which creates every covered cell, and compares each merge with all others).
 */
export function countMergedCells(worksheets: Iterable<Buffer>): { merges: number; cells: number } {
  let merges = 0;
  let cells = 0;
  for (const xml of worksheets) {
    if (xml.indexOf("mergeCell") < 0) continue;
    for (const match of xml.toString("utf8").matchAll(MERGE)) {
      const [, fromColumn = "A", fromRow = "1", toColumn = fromColumn, toRow = fromRow] = match;
      const width = Math.abs(columnNumber(toColumn) - columnNumber(fromColumn)) + 1;
      const height = Math.abs(Number(toRow) - Number(fromRow)) + 1;
      merges += 1;
      cells += width * height;
    }
  }
  return { merges, cells };
}
