import type { CellLocator } from "../../../../shared/inventory/cellRef";

/** A deterministic stand-in for the sheet layout: the address is the ref written out. */
export const fakeLocate: CellLocator = (ref) => {
  switch (ref.kind) {
    case "identity":
      return `identity:${ref.field}`;
    case "set":
      return `set:${ref.set}`;
    case "domain":
      return `domain:${ref.domain}`;
    case "referent":
      return `referent[${ref.index}]:${ref.field}`;
    case "row":
      return `row:${ref.rowId}:${ref.column}`;
    case "blockRow":
      return `${ref.block}[${ref.index}]:${ref.rowId}:${ref.column}`;
    case "notApplicable":
      return `notApplicable:${ref.sectionId}`;
  }
};
