/** Cell borders a format may draw (Office.js edge names). */
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** How a range looks, in Office.js terms (colours `#RRGGBB`), with no Office.js type so that planners stay pure. */
export interface CellFormat {
  readonly fill?: string;
  readonly fontName?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly horizontal?: "Left" | "Center" | "Right";
  readonly vertical?: "Top" | "Center";
  readonly wrap?: boolean;
  /** Thin lines of `borderColor` on these edges. */
  readonly borders?: readonly BorderEdge[];
  readonly borderColor?: string;
  /** false to leave the cells editable once the sheet is protected. */
  readonly locked?: false;
}

/** A format applied to one rectangular range ("B4:F9"). */
export interface FormatRun {
  readonly address: string;
  readonly format: CellFormat;
}
