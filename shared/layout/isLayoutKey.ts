import { TEMPLATE_VERSION } from "../inventory/templateVersion";
import { buildSheetLayout } from "./buildSheetLayout";
import { SHEET_COLUMNS } from "./sheetColumns";

/** Keys of numbered rows: blocks, their rows, référents. */
const NUMBERED_KEY = /^(?:block:(?:fibre|interconnexion|isole)\[\d+\]|(?:fibre|interconnexion|isole)\[\d+\]\/.+|referent\[\d+\])$/;

const FIXED_KEYS: ReadonlySet<string> = new Set(
  buildSheetLayout({ blocks: { fibre: 0, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION, referentRows: 0 })
    .cells.filter((cell) => cell.column === SHEET_COLUMNS.key.index && typeof cell.value === "string")
    .map((cell) => String(cell.value)),
);

/** True when the text looks like a key of this sheet's layout (used to find the key column of a grid). */
export function isLayoutKey(text: string): boolean {
  return FIXED_KEYS.has(text) || NUMBERED_KEY.test(text);
}
