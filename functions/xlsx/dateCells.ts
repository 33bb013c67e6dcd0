import { startTags } from "./startTags";
import { xmlAttributes } from "./xmlAttributes";

/** A date cell as written in the worksheet: its position, and its value as a Date (or its text when that is no date). */
export interface DateCell {
  readonly row: number;
  readonly column: number;
  readonly value: Date | string;
}

const TYPED_DATE = /\bt\s*=\s*["']d["']/;
const ADDRESS = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The cells a worksheet part types as dates (`t="d"`, ISO 8601 text): ExcelJS reads them as
 * numbers by `parseFloat`, so "2025-01-15T00:00:00Z" would read as 2025. Each is given as a Date of
 * its written day and time taken as UTC, as ExcelJS gives dates (the zone is ignored: the day
 * written is the day meant); text that is no real date is given as is, to be reported.
 */
export function dateCells(xml: Buffer): DateCell[] {
  const text = xml.toString("utf8");
  if (!TYPED_DATE.test(text)) return [];
  const cells: DateCell[] = [];
  for (const cell of startTags(text, "c")) {
    if (cell.selfClosing) continue;
    const attributes = xmlAttributes(cell.attributes);
    if (attributes.get("t") !== "d") continue;
    const address = ADDRESS.exec(attributes.get("r") ?? "");
    const value = valueAfter(text, cell.end);
    if (!address || value === undefined) continue;
    const [, letters = "", row = ""] = address;
    cells.push({ row: Number(row), column: columnNumber(letters), value: isoDateTime(value) ?? value });
  }
  return cells;
}

/** Tags looked at inside a cell before its value: `<f>`, `</f>`, `<is>`… then `<v>`. */
const MAX_CELL_TAGS = 8;

/** The text of the cell's `<v>` element (any prefix), the cell's content starting at `from`; undefined at the cell's end. */
function valueAfter(text: string, from: number): string | undefined {
  let at = from;
  for (let seen = 0; seen < MAX_CELL_TAGS; seen += 1) {
    const open = text.indexOf("<", at);
    const gt = open < 0 ? -1 : text.indexOf(">", open);
    if (gt < 0) return undefined;
    const tagText = text.slice(open, gt + 1);
    if (tagText.startsWith("</")) {
      if (/^<\/(?:[\w.-]+:)?c\s*>$/.test(tagText)) return undefined;
    } else {
      const [value] = startTags(tagText, "v");
      if (value) {
        if (value.selfClosing) return undefined;
        const close = text.indexOf("<", gt + 1);
        return close < 0 ? undefined : text.slice(gt + 1, close).trim();
      }
    }
    at = gt + 1;
  }
  return undefined;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

function isoDateTime(text: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const milliseconds = Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3));
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
