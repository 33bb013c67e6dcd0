import { FUNCTIONAL_DOMAINS, type DomainNumber } from "../../shared/catalogue/functionalDomains";
import { SET_IDS, type SetId } from "../../shared/catalogue/serviceSets";
import type { CellRef } from "../../shared/inventory/cellRef";
import { locateCell } from "../../shared/layout/locateCell";
import type { SheetLayout } from "../../shared/layout/sheetLayout";
import type { CellWrite } from "../workbook/WorkbookPort";

const choice = (chosen: boolean) => (chosen ? "Oui" : "Non");

/** The Oui/Non of every set and C domain cell for a selection (domains left as chosen; the checks flag domains without C). */
export function planSelectionWrites(layout: SheetLayout, sets: readonly SetId[], domains: readonly DomainNumber[]): CellWrite[] {
  const locate = locateCell(layout);
  const write = (ref: CellRef, chosen: boolean): CellWrite[] => {
    const address = locate(ref);
    return address ? [{ address, values: [[choice(chosen)]] }] : [];
  };
  return [
    ...SET_IDS.flatMap((set) => write({ kind: "set", set }, sets.includes(set))),
    ...FUNCTIONAL_DOMAINS.flatMap(({ number }) => write({ kind: "domain", domain: number }, domains.includes(number))),
  ];
}
