import type { CellReading } from "./cellReading";
import { readChoiceCell } from "./readChoiceCell";
import { readDateCell } from "./readDateCell";
import { readInseeCell } from "./readInseeCell";
import { readNumberCell } from "./readNumberCell";
import { readTextCell } from "./readTextCell";
import type { LayoutCell } from "./sheetLayout";
import { unwrapCellValue } from "./unwrapCellValue";

/** Reads the raw value of an input cell according to what the layout expects there. */
export function readInputCell(cell: LayoutCell, cellValue: unknown): CellReading<string | number | boolean> {
  const raw = unwrapCellValue(cellValue);
  switch (cell.style) {
    case "inputInteger":
    case "inputDecimal":
      return readNumberCell(raw);
    case "inputDate":
      return readDateCell(raw);
    case "choice":
      return readChoiceCell(raw);
    default:
      return cell.ref?.kind === "identity" && cell.ref.field === "insee" ? readInseeCell(raw) : readTextCell(raw);
  }
}
