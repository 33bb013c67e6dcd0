import type { CellLocator } from "../../../../shared/inventory/cellRef";
import { cellRefKey } from "../../../../shared/layout/cellRefKey";

/** A deterministic stand-in for the sheet layout: the address is the reference written out. */
export const fakeLocate: CellLocator = cellRefKey;
