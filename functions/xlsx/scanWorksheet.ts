import { parseCellAddress } from "../../shared/layout/parseCellAddress";
import { scanXml } from "./scanXml";

/** A cell as written in a worksheet part: its position, its type (`t`; undefined for a number) and the trimmed text of its `<v>` (undefined without one). */
export interface WrittenCell {
  readonly row: number;
  readonly column: number;
  readonly type: string | undefined;
  readonly text: string | undefined;
}

/** What one pass over a worksheet part tells, before ExcelJS reads it. */
export interface WorksheetScan {
  /** False when the part is not well-formed XML (ExcelJS would fail on it): the rest tells what came before the error. */
  readonly wellFormed: boolean;
  /** `<c>` elements: ExcelJS builds an object of about a kilobyte for each. */
  readonly cells: number;
  /** `<mergeCell>` elements, and the cells their ranges cover (ExcelJS visits each). */
  readonly merges: number;
  readonly mergedCells: number;
  /** The cells ExcelJS misreads, as written: those typed as dates (`t="d"`) and those holding a formula (`<f>`). */
  readonly written: readonly WrittenCell[];
}

/** The cells a merged range ("B2:D3", "$C$4") covers; undefined for a range that is none. */
function rangeCells(ref: string): number | undefined {
  const [from = "", to = from, ...rest] = ref.split(":");
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  if (!start || !end || rest.length > 0) return undefined;
  return (Math.abs(end.column - start.column) + 1) * (Math.abs(end.row - start.row) + 1);
}

/** The cell being read: its attributes, whether it holds a formula, the text of its `<v>`. */
interface OpenCell {
  readonly address: string;
  readonly type: string | undefined;
  formula: boolean;
  value: string | undefined;
}

/**
 * Reads a worksheet part once with `scanXml`: counts its cells and merged ranges, and keeps the
 * cells ExcelJS misreads — ISO dates (`t="d"`, read as numbers) and formulas (results of 0 or
 * FALSE dropped, empty text results read as none) — with their written type and value. Markup in
 * comments, CDATA sections and attribute values counts for nothing. Cells without a valid address
 * are counted, not kept.
 */
export function scanWorksheet(xml: Buffer): WorksheetScan {
  let cells = 0;
  let merges = 0;
  let mergedCells = 0;
  const written: WrittenCell[] = [];
  let cell: OpenCell | undefined;
  let inValue = false;
  const keep = (open: OpenCell) => {
    const position = open.formula || open.type === "d" ? parseCellAddress(open.address) : undefined;
    if (position) written.push({ ...position, type: open.type, text: open.value?.trim() });
  };
  const wellFormed = scanXml(xml.toString("utf8"), {
    open: ({ name, attributes, selfClosing }) => {
      if (name === "c") {
        cells += 1;
        cell = { address: attributes.r ?? "", type: attributes.t, formula: false, value: undefined };
      } else if (name === "mergeCell") {
        merges += 1;
        mergedCells += rangeCells(attributes.ref ?? "") ?? 0;
      } else if (cell && name === "f") {
        cell.formula = true;
      } else if (cell && name === "v" && cell.value === undefined) {
        // The cell's first <v>; self-closing, it is empty.
        cell.value = "";
        inValue = !selfClosing;
      }
    },
    text: (text) => {
      if (cell && inValue) cell.value = `${cell.value ?? ""}${text}`;
    },
    // Called for self-closing elements too, just after `open`.
    close: (name) => {
      if (name === "v") inValue = false;
      if (name === "c" && cell) {
        keep(cell);
        cell = undefined;
      }
    },
  });
  return { wellFormed, cells, merges, mergedCells, written };
}
