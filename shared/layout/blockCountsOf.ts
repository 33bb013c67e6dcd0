import type { Submission } from "../inventory/submissionSchema";
import type { BlockCounts } from "./sheetLayout";

/** How many site configurations of each kind a submission's inventory has. */
export function blockCountsOf(submission: Submission): BlockCounts {
  const { blocks } = submission.inventory;
  return { fibre: blocks.fibre.length, interconnexion: blocks.interconnexion.length, isole: blocks.isole.length };
}
