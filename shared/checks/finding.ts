import type { CellRef } from "../inventory/cellRef";

/** How serious a finding is: an error blocks submission and validation, a warning does not. */
export type Severity = "error" | "warning";

/** One result of a check on a description organique. */
export interface Finding {
  /** Identifier of the rule that found it (e.g. `completeness.row`). */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Section of the model concerned (for grouping), when there is one. */
  readonly sectionId?: string;
  /** Row of the model concerned, when there is one. */
  readonly rowId?: string;
  /** The cell concerned, by meaning. */
  readonly ref?: CellRef;
  /** A1 address of the cell in the sheet ("D12"), when the sheet has it. */
  readonly cell?: string;
  /** French message a DGS understands. */
  readonly message: string;
}
