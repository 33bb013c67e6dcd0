/** The named styles of the sheet's cells. */
export type CellStyle =
  | "key"
  | "title"
  | "label"
  | "sectionHeader"
  | "blockTitle"
  | "columnHeader"
  | "note"
  | "labelNote"
  | "unit"
  | "locked"
  | "input"
  | "inputInteger"
  | "inputDecimal"
  | "inputDate"
  | "choice";

/** How a named style looks; colours are `#RRGGBB`, number formats are Excel's invariant codes. */
export interface CellStyleSpec {
  readonly locked: boolean;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly wrap?: boolean;
  readonly border?: boolean;
}

const INPUT = { locked: false, fill: "#FFF9E1", border: true } as const;

/** The look of every named style, shared by both renderers. */
export const CELL_STYLES: Readonly<Record<CellStyle, CellStyleSpec>> = {
  key: { locked: true, fontColor: "#808080", numberFormat: "@" },
  title: { locked: true, bold: true, fontSize: 14, fontColor: "#1F3864" },
  label: { locked: true, wrap: true, numberFormat: "@", border: true },
  sectionHeader: { locked: true, bold: true, fontColor: "#FFFFFF", fill: "#2F5496", border: true, wrap: true },
  blockTitle: { locked: true, bold: true, fill: "#D9E2F3", border: true, wrap: true },
  columnHeader: { locked: true, bold: true, fill: "#B4C6E7", horizontal: "center", border: true, wrap: true },
  note: { locked: true, italic: true, fontColor: "#595959", wrap: true },
  /** A note in the Domaine column of a model row (a label corrected from the annex). */
  labelNote: { locked: true, italic: true, fontColor: "#595959", wrap: true, numberFormat: "@", border: true },
  unit: { locked: true, italic: true, fontColor: "#595959", border: true },
  locked: { locked: true, fill: "#F2F2F2", border: true },
  input: { ...INPUT, numberFormat: "@", wrap: true },
  inputInteger: { ...INPUT, numberFormat: "#,##0", horizontal: "right" },
  inputDecimal: { ...INPUT, numberFormat: "General", horizontal: "right" },
  inputDate: { ...INPUT, numberFormat: "dd/mm/yyyy", horizontal: "left" },
  choice: { ...INPUT, horizontal: "center" },
};
