import type { Finding } from "../checks/finding";
import type { CellLocator } from "../inventory/cellRef";
import { submissionSchema, type Submission } from "../inventory/submissionSchema";
import { BLOCK_DEFINITIONS } from "../inventory/siteBlocks";
import { parseWith } from "../validation/parseWith";
import { buildSheetLayout } from "./buildSheetLayout";
import { findKeyColumn } from "./findKeyColumn";
import { withoutBlankBlocks } from "./blankBlocks";
import { foreignRowFindings } from "./foreignRowFindings";
import { gridShape, type GridShape } from "./gridShape";
import { indexGridKeys } from "./indexGridKeys";
import { PARSE_FINDINGS } from "./parseFindings";
import { keyPastedBlocks } from "./pastedBlocks";
import { readGridCells } from "./readGridCells";
import { readTemplateVersion } from "./readTemplateVersion";
import { renumberBlocks } from "./renumberBlocks";
import { SHEET_COLUMNS } from "./sheetColumns";
import { strayCellFindings } from "./strayCellFindings";
import { createSubmissionDraft } from "./submissionDraft";

/** What a sheet says, and where it says it. */
export interface SheetReading {
  /** The submission; undefined when the sheet does not pass the submission schema. */
  readonly submission: Submission | undefined;
  /** What could not be read (`parse.*` findings), at the cells of the sheet. */
  readonly findings: readonly Finding[];
  /**
   * Where each cell of the submission was read in this sheet, by its place in the submission
   * (blocks renumbered, blank référent rows skipped), so that checks name the cells of the sheet
   * as it is even when rows moved. Undefined for a cell the sheet does not have (a deleted row).
   */
  readonly locate: CellLocator;
}

/** Warnings for the blocks without rows up to the highest number found (a block removed, or emptied down to its title). */
function blockGapFindings(shape: GridShape): Finding[] {
  return BLOCK_DEFINITIONS.flatMap(({ kind }) => {
    const present = new Set(shape.blockNumbers[kind]);
    return Array.from({ length: shape.highestBlock[kind] }, (_, i) => i + 1).filter((n) => !present.has(n)).map((n) => PARSE_FINDINGS.blockGap(kind, n));
  });
}

const nowhere: CellLocator = () => undefined;

/**
 * Reads the sheet "Description organique" from a values grid starting at A1 (Office.js
 * `range.values` or ExcelJS rows: text, numbers, booleans, Dates, null or "" for blanks). Rows are
 * found by the hidden key column, so blocks are discovered and moved rows still read; a whole site
 * configuration pasted without that column is recognised by its labels and read as one more
 * configuration (`keyPastedBlocks`), and a configuration left entirely blank counts as absent (a
 * note). Values are never guessed, and nothing typed is ignored while the sheet is accepted: what
 * cannot be read (Excel error values included) stays blank with an error finding, as does content
 * in rows added by hand, in rows with a foreign key, outside the cells to fill, or in pasted rows
 * that are not a whole configuration; missing rows and empty foreign rows give warnings; copied
 * rows give one error per copied configuration; a grid without key column gives the error `parse.sheet`. The version recorded is
 * the one of the layout read with (see `readTemplateVersion`). Also says where each value was read,
 * for the checks to name the cells of this sheet rather than those of a blank template.
 */
export function readSheet(rawGrid: readonly (readonly unknown[])[]): SheetReading {
  const keyColumn = findKeyColumn(rawGrid);
  if (keyColumn === undefined) return { submission: undefined, findings: [PARSE_FINDINGS.noKeyColumn()], locate: nowhere };
  const pasted = keyPastedBlocks(rawGrid, keyColumn);
  const grid = pasted.grid;
  const keys = indexGridKeys(grid, keyColumn);
  const shape = gridShape(keys.rowOf.keys());
  const layout = buildSheetLayout({ blocks: shape.highestBlock, templateVersion: "", referentRows: shape.referentRows });
  const filled = withoutBlankBlocks(grid, keyColumn, keys.rowOf, shape);
  const present = filled.shape.blockNumbers;
  const draft = createSubmissionDraft({ fibre: present.fibre.length, interconnexion: present.interconnexion.length, isole: present.isole.length });
  const source = { grid, keyColumn, rowOf: keys.rowOf, place: renumberBlocks(filled.shape) };
  const knownKeys = new Set(layout.cells.filter((cell) => cell.column === SHEET_COLUMNS.key.index).map((cell) => String(cell.value)));
  const version = readTemplateVersion(grid, keyColumn, keys.rowOf);
  const findings = [
    ...keys.findings,
    ...version.findings,
    ...pasted.findings,
    ...blockGapFindings(shape),
    ...filled.findings,
    ...readGridCells(source, layout, draft),
    ...strayCellFindings(grid, keyColumn, keys.rowOf, layout),
    ...foreignRowFindings(grid, keyColumn, knownKeys, pasted.reportedRows),
  ];
  const { input, origins, locate } = draft.finish(version.version);
  const parsed = parseWith(submissionSchema, input);
  if (parsed.ok) return { submission: parsed.value, findings, locate };
  // A cell already reported as unreadable (left blank) is not reported again for being blank.
  const reported = new Set(findings.flatMap((finding) => (finding.severity === "error" && finding.cell ? [finding.cell] : [])));
  const schemaFindings = parsed.problems.map((problem) => PARSE_FINDINGS.schema(problem, origins.get(problem.path))).filter((finding) => !finding.cell || !reported.has(finding.cell));
  return { submission: undefined, findings: [...findings, ...schemaFindings], locate };
}
