import type { CellLocator } from "../../shared/inventory/cellRef";
import { cellRefKey } from "../../shared/layout/cellRefKey";

/** The sheet locator back from the addresses of an `UploadedWorkbook`: CellRef → A1 address, undefined where the sheet had none. */
export function locatorOf(addresses: readonly (readonly [string, string])[]): CellLocator {
  const byKey = new Map(addresses);
  return (ref) => byKey.get(cellRefKey(ref));
}
