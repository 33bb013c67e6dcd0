import type { Finding } from "../checks/finding";
import type { Submission } from "../inventory/submissionSchema";
import { readSheet } from "./readSheet";

/** What a sheet says: the submission (undefined when it does not pass the submission schema) and every finding. */
export interface ParsedSheet {
  readonly submission: Submission | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Reads the sheet "Description organique" from a values grid (see {@link readSheet}), without
 * where each value was read: for callers that only need what the sheet says.
 */
export function parseSheet(grid: readonly (readonly unknown[])[]): ParsedSheet {
  const { submission, findings } = readSheet(grid);
  return { submission, findings };
}
