import { MAX_REFERENTS } from "../inventory/referent";
import type { CellLocator } from "../inventory/cellRef";
import type { Submission } from "../inventory/submissionSchema";
import { layoutForSubmission } from "../layout/layoutForSubmission";
import { locateCell } from "../layout/locateCell";

const CACHE_LIMIT = 64;
const locators = new Map<string, CellLocator>();

/**
 * The cell locator of the sheet that shows a submission. The layout depends only on the block
 * counts, the référent rows and the template version, so locators are kept for reuse (bounded):
 * checking a submission does not rebuild the whole layout each time.
 */
export function locatorFor(submission: Submission): CellLocator {
  const { blocks, referents, templateVersion } = submission.inventory;
  const key = [templateVersion, blocks.fibre.length, blocks.interconnexion.length, blocks.isole.length, Math.max(MAX_REFERENTS, referents.length)].join("|");
  let locator = locators.get(key);
  if (!locator) {
    locator = locateCell(layoutForSubmission(submission));
    if (locators.size >= CACHE_LIMIT) locators.delete(locators.keys().next().value as string);
    locators.set(key, locator);
  }
  return locator;
}
