import { BLOCK_DEFINITIONS } from "../inventory/siteBlocks";
import { MAX_REFERENTS } from "../inventory/referent";
import { CELL_STYLES } from "./cellStyles";
import { columnLetter } from "./columnLetter";
import { estimateRowHeights } from "./estimateRowHeights";
import { layoutDomains } from "./layoutDomains";
import { layoutHeading } from "./layoutHeading";
import { layoutIdentity } from "./layoutIdentity";
import { layoutInventory } from "./layoutInventory";
import { layoutReferents } from "./layoutReferents";
import { LAYOUT_KEYS } from "./layoutKeys";
import { layoutSets } from "./layoutSets";
import { pageBreaks } from "./pageBreaks";
import { createSheetBuilder } from "./sheetBuilder";
import { SHEET_COLUMNS } from "./sheetColumns";
import type { BlockCounts, ColumnRole, LayoutColumn, SheetLayout } from "./sheetLayout";
import { SHEET_NAME } from "./sheetName";

/** What a sheet layout depends on. */
export interface SheetLayoutOptions {
  /** Number of blocks of each kind (whole numbers, 0 to 200). */
  readonly blocks: BlockCounts;
  readonly templateVersion: string;
  /** Number of référent rows; {@link MAX_REFERENTS} (6) by default, more only to show a submission that has more. */
  readonly referentRows?: number;
}

/** Largest count accepted for blocks (as the inventory schema) and référent rows. */
const MAX_ROWS_OF_A_KIND = 200;

function checkCount(what: string, count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_ROWS_OF_A_KIND) {
    throw new RangeError(`${what}: whole number from 0 to ${MAX_ROWS_OF_A_KIND} expected, got ${count}`);
  }
}

/**
 * Describes the sheet "Description organique" for the given block counts: title and version,
 * identity, sets and C domains, référents, then the annex's inventory table with every section
 * and row of the model. Pure and deterministic; throws RangeError only on counts out of range (a bug).
 */
export function buildSheetLayout(options: SheetLayoutOptions): SheetLayout {
  const referentRows = options.referentRows ?? MAX_REFERENTS;
  for (const { kind } of BLOCK_DEFINITIONS) checkCount(`blocks.${kind}`, options.blocks[kind]);
  checkCount("referentRows", referentRows);
  const builder = createSheetBuilder(SHEET_NAME);
  layoutHeading(builder, options.templateVersion);
  layoutIdentity(builder);
  layoutSets(builder);
  layoutDomains(builder);
  layoutReferents(builder, referentRows);
  layoutInventory(builder, options.blocks);
  const built = builder.build();
  const columns: LayoutColumn[] = (Object.keys(SHEET_COLUMNS) as ColumnRole[]).map((role) => ({
    role,
    letter: columnLetter(SHEET_COLUMNS[role].index),
    ...SHEET_COLUMNS[role],
  }));
  const blockCounts: BlockCounts = { fibre: options.blocks.fibre, interconnexion: options.blocks.interconnexion, isole: options.blocks.isole };
  const columnHeaders = built.cells.find((cell) => cell.value === LAYOUT_KEYS.inventoryHeader && cell.column === SHEET_COLUMNS.key.index)?.row ?? 1;
  const layout: SheetLayout = {
    sheetName: SHEET_NAME,
    templateVersion: options.templateVersion,
    blockCounts,
    referentRows,
    columns,
    ...built,
    frozen: { rows: 2, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: `${columnHeaders}:${columnHeaders}`,
      printArea: `${columnLetter(SHEET_COLUMNS.domain.index)}1:${columnLetter(SHEET_COLUMNS.unit.index)}${built.rowCount}`,
      rowBreaks: [],
    },
    styles: CELL_STYLES,
    protect: true,
  };
  return { ...layout, print: { ...layout.print, rowBreaks: pageBreaks(layout, estimateRowHeights(layout, layout.cells), columnHeaders) } };
}
