import type { FormatRun } from "./CellFormat";

/** Finding highlights to draw on the sheet: every input cell reset to its style, then the cells with findings marked. */
export interface HighlightPlan {
  readonly sheetName: string;
  readonly formats: readonly FormatRun[];
  /** Protect the sheet again afterwards (it is unprotected for the formatting). */
  readonly protect: boolean;
}
