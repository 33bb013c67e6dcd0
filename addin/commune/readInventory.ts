import type { Finding } from "../../shared/checks/finding";
import { compareFindings } from "../../shared/checks/model/modelPosition";
import { reportOf } from "../../shared/checks/reportOf";
import { inspectSubmission, type InspectionOptions } from "../../shared/inspection/inspectSubmission";
import type { Submission } from "../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../shared/layout/buildSheetLayout";
import { readSheet } from "../../shared/layout/readSheet";
import type { BlockCounts, SheetLayout } from "../../shared/layout/sheetLayout";
import { gridKeys } from "../sheet/gridKeys";
import type { Grid } from "../workbook/Grid";

/** What the sheet says, checked: its layout, the submission it holds and every finding. */
export interface InventoryReading {
  /** The layout of the sheet as it is (its blocks and référent rows); undefined when it has no key column. */
  readonly layout: SheetLayout | undefined;
  readonly blocks: BlockCounts | undefined;
  readonly submission: Submission | undefined;
  /** Reading findings (unreadable values, missing rows) and the shared checks' findings, in sheet order. */
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/**
 * Reads the sheet's grid with the shared parser and runs the same checks as the server on what it
 * says (`today` and the campaign's maximum age passed in: nothing here reads the clock).
 */
export function readInventory(grid: Grid, options: Omit<InspectionOptions, "locate">): InventoryReading {
  const keys = gridKeys(grid);
  const parsed = readSheet(grid);
  // Findings name the cells where the values are in this sheet (a référent row left empty between two, a removed configuration).
  const checked = parsed.submission ? inspectSubmission(parsed.submission, { ...options, locate: parsed.locate }).findings : [];
  // The reader's finding at a cell first (a count typed in words): the rules' one at the same cell is dropped.
  const report = reportOf([...parsed.findings, ...checked]);
  const findings = [...report.findings].sort(compareFindings);
  return {
    layout: keys ? buildSheetLayout({ blocks: keys.shape.highestBlock, templateVersion: TEMPLATE_VERSION, referentRows: keys.shape.referentRows }) : undefined,
    blocks: keys?.shape.highestBlock,
    submission: parsed.submission,
    findings,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
  };
}
