import type { CellRef } from "../inventory/cellRef";

/** A canonical text for a cell reference, equal for equal references (used as a map key). */
export function cellRefKey(ref: CellRef): string {
  switch (ref.kind) {
    case "identity":
      return `identity:${ref.field}`;
    case "set":
      return `set:${ref.set}`;
    case "domain":
      return `domain:${ref.domain}`;
    case "referent":
      return `referent:${ref.index}:${ref.field}`;
    case "row":
      return `row:${ref.rowId}:${ref.column}`;
    case "blockRow":
      return `blockRow:${ref.block}:${ref.index}:${ref.rowId}:${ref.column}`;
    case "notApplicable":
      return `notApplicable:${ref.sectionId}`;
  }
}
