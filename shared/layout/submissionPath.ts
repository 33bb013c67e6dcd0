import type { CellRef } from "../inventory/cellRef";

/** Where the value of a cell goes in a submission, as a path of keys and indexes (as zod reports problems). */
export function submissionPath(ref: CellRef): PropertyKey[] {
  switch (ref.kind) {
    case "identity":
      return ref.field === "etatDesLieux" ? ["inventory", "etatDesLieux"] : ["commune", ref.field];
    case "set":
      return ["sets"];
    case "domain":
      return ["domains"];
    case "referent":
      return ["inventory", "referents", ref.index, ref.field];
    case "row":
      return ["inventory", "answers", ref.rowId, ref.column];
    case "blockRow":
      return ["inventory", "blocks", ref.block, ref.index, "answers", ref.rowId, ref.column];
    case "notApplicable":
      return ["inventory", "notApplicable"];
  }
}
