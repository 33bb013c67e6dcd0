import type { CostItemsRule } from "./CostItemsRule";

/** A cost-items document lists at least one item (an empty year has nothing to share out). */
export const itemsAreListed: CostItemsRule = (document) =>
  document.items.length > 0 ? [] : [{ path: "items", message: "au moins un poste de coût est attendu" }];
