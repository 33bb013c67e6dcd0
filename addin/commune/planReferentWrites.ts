import { REFERENT_FIELDS, type Referent } from "../../shared/inventory/referent";
import { locateCell } from "../../shared/layout/locateCell";
import type { SheetLayout } from "../../shared/layout/sheetLayout";
import type { CellWrite } from "../workbook/WorkbookPort";

/** The référent cells of the sheet for a list of référents: each row filled in order, the rows after it cleared. */
export function planReferentWrites(layout: SheetLayout, referents: readonly Referent[]): CellWrite[] {
  const locate = locateCell(layout);
  return Array.from({ length: layout.referentRows }, (_, index) =>
    REFERENT_FIELDS.flatMap(({ key }): CellWrite[] => {
      const address = locate({ kind: "referent", index, field: key });
      return address ? [{ address, values: [[referents[index]?.[key] ?? ""]] }] : [];
    }),
  ).flat();
}
