import type { CellLocator } from "../inventory/cellRef";
import type { Submission } from "../inventory/submissionSchema";
import { isIsoDate } from "../calendar/isoDateSchema";
import type { CheckContext } from "./checkContext";
import type { Finding } from "./finding";
import { compareFindings } from "./model/modelPosition";
import { reportOf } from "./reportOf";
import { RULES } from "./rules";

/** How to run the checks: the day of the check, the campaign's maximum age, the sheet layout. */
export interface CheckOptions {
  /** The day of the check, `YYYY-MM-DD` (submission or validation day). */
  readonly today: string;
  /** How many calendar months an état des lieux stays valid (6 by default). */
  readonly maxAgeMonths?: number;
  /** Finds the A1 address of a cell; `() => undefined` when there is no sheet. */
  readonly locate: CellLocator;
  /** The official name of a commune by INSEE code, when known (checks the name the commune gave). */
  readonly officialName?: (insee: string) => string | undefined;
  /** The EPCI's name, with `officialName` (for messages). */
  readonly epciName?: string;
  /** The commune the file must be about, when the caller may only file for its own. */
  readonly expectedInsee?: string;
}

/** What the checks found, in the sheet's order; `ok` when nothing blocks (no error). */
export interface CheckReport {
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly ok: boolean;
}

/** The default validity of an état des lieux, in months. */
export const DEFAULT_MAX_AGE_MONTHS = 6;

/**
 * Runs every rule of {@link RULES} on a submission already accepted by `submissionSchema`.
 * Options are the caller's business: an invalid `today` or `maxAgeMonths` is a bug and throws.
 */
export function runChecks(submission: Submission, options: CheckOptions): CheckReport {
  const maxAgeMonths = options.maxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS;
  if (!isIsoDate(options.today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(options.today)}`);
  if (!Number.isInteger(maxAgeMonths) || maxAgeMonths < 0) throw new RangeError(`maxAgeMonths must be a whole number of months, got ${maxAgeMonths}`);
  const context: CheckContext = {
    submission,
    today: options.today,
    maxAgeMonths,
    locate: options.locate,
    ...(options.officialName ? { officialName: options.officialName } : {}),
    ...(options.epciName ? { epciName: options.epciName } : {}),
    ...(options.expectedInsee ? { expectedInsee: options.expectedInsee } : {}),
  };
  // Rules in their order (completeness first): the first finding at a cell is the one kept.
  const report = reportOf(RULES.flatMap((rule) => rule.check(context)));
  return { ...report, findings: [...report.findings].sort(compareFindings) };
}
