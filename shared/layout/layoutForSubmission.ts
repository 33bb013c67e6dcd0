import type { Submission } from "../inventory/submissionSchema";
import { MAX_REFERENTS } from "../inventory/referent";
import { blockCountsOf } from "./blockCountsOf";
import { buildSheetLayout } from "./buildSheetLayout";
import type { SheetLayout } from "./sheetLayout";

/**
 * The layout that shows a submission: as many blocks of each kind as its inventory has, and as many
 * référent rows as it names (6 at least), so nothing is dropped. The version shown is the
 * inventory's unless another is given (e.g. the current template when prefilling a new campaign).
 */
export function layoutForSubmission(submission: Submission, templateVersion: string = submission.inventory.templateVersion): SheetLayout {
  return buildSheetLayout({
    blocks: blockCountsOf(submission),
    templateVersion,
    referentRows: Math.max(MAX_REFERENTS, submission.inventory.referents.length),
  });
}
