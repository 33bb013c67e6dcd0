import type { CellLocator } from "../inventory/cellRef";
import type { Submission } from "../inventory/submissionSchema";

/** What every rule reads: the submission, the date of the check and where cells are in the sheet. */
export interface CheckContext {
  /** A submission already accepted by `submissionSchema` (structure is trusted, content is checked). */
  readonly submission: Submission;
  /** The day of the check, `YYYY-MM-DD` (passed in: the rules never read the clock). */
  readonly today: string;
  /** How many calendar months an état des lieux stays valid. */
  readonly maxAgeMonths: number;
  /** Finds the A1 address of a cell in the sheet layout in use. */
  readonly locate: CellLocator;
  /** The official name of a commune by INSEE code, when the caller knows the EPCI's communes (the API does). */
  readonly officialName?: (insee: string) => string | undefined;
  /** The EPCI's name, with `officialName` (for messages). */
  readonly epciName?: string;
  /** The commune the file must be about, when the caller may only file for its own (a commune's référent). */
  readonly expectedInsee?: string;
}
