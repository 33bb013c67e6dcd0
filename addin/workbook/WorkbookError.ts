/** Why a workbook operation failed, as the task pane tells it. */
export type WorkbookErrorKind = "missingSheet" | "busy" | "tooLarge" | "protected" | "unsupported" | "other";

/** A workbook operation that failed, with a French message a DGS understands. */
export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
