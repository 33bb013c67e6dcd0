import type { SetId } from "../catalogue/serviceSets";
import type { DomainNumber } from "../catalogue/functionalDomains";
import type { Referent } from "./referent";
import type { BlockKind } from "./siteBlocks";

/** The two input columns of a row. */
export type AnswerColumn = "description" | "quantity";

/** A cell of the description organique sheet, named by what it holds rather than where it is. */
export type CellRef =
  | { readonly kind: "identity"; readonly field: "insee" | "name" | "etatDesLieux" }
  | { readonly kind: "set"; readonly set: SetId }
  | { readonly kind: "domain"; readonly domain: DomainNumber }
  | { readonly kind: "referent"; readonly index: number; readonly field: keyof Referent }
  | { readonly kind: "row"; readonly rowId: string; readonly column: AnswerColumn }
  | { readonly kind: "blockRow"; readonly block: BlockKind; readonly index: number; readonly rowId: string; readonly column: AnswerColumn }
  | { readonly kind: "notApplicable"; readonly sectionId: string };

/** Finds the A1 address ("D12") of a cell in a given sheet layout; undefined when the sheet has no such cell. */
export type CellLocator = (ref: CellRef) => string | undefined;
