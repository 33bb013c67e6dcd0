import { startTags } from "./startTags";
import { xmlAttributes } from "./xmlAttributes";

/** A cell as written in a worksheet part: its position, and the text of its `<v>` element (undefined without one). */
export interface TypedCell {
  readonly row: number;
  readonly column: number;
  readonly text: string | undefined;
}

/** The cell types looked for: ISO 8601 dates, and formula results given as text. */
export type CellType = "d" | "str";

const TYPED = { d: /\bt\s*=\s*["']d["']/, str: /\bt\s*=\s*["']str["']/ } as const satisfies Record<CellType, RegExp>;
const ADDRESS = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** A cell as written, with its type attribute (`t`; undefined for a number). */
export interface WrittenCell extends TypedCell {
  readonly type: string | undefined;
}

/** The cells of the part `accept` keeps (by type and address), in order, with the text of their `<v>`. */
function scanCells(text: string, accept: (type: string | undefined, address: string) => boolean): WrittenCell[] {
  const cells: WrittenCell[] = [];
  for (const cell of startTags(text, "c")) {
    const attributes = xmlAttributes(cell.attributes);
    const reference = attributes.get("r") ?? "";
    const address = ADDRESS.exec(reference);
    if (!address || !accept(attributes.get("t"), reference.replace(/\$/g, ""))) continue;
    const [, letters = "", row = ""] = address;
    cells.push({ row: Number(row), column: columnNumber(letters), type: attributes.get("t"), text: cell.selfClosing ? undefined : valueAfter(text, cell.end) });
  }
  return cells;
}

/**
 * The cells a worksheet part types `t="<type>"`, in order, with the trimmed text of their `<v>`
 * element ("" for an empty one, `<v></v>` or `<v/>`). Cells without address are left out. Read
 * with `startTags`, linear in the text whatever it holds.
 */
export function typedCells(xml: Buffer, type: CellType): TypedCell[] {
  const text = xml.toString("utf8");
  if (!TYPED[type].test(text)) return [];
  return scanCells(text, (written) => written === type).map(({ row, column, text: value }) => ({ row, column, text: value }));
}

/** The cells at these addresses ("E47"), as written in the part: type and `<v>` text. One pass, whatever the part holds. */
export function writtenCells(xml: Buffer, addresses: ReadonlySet<string>): WrittenCell[] {
  if (addresses.size === 0) return [];
  return scanCells(xml.toString("utf8"), (_type, address) => addresses.has(address));
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
        if (value.selfClosing) return "";
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
