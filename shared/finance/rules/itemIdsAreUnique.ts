import { formatPath } from "../../validation/formatPath";
import type { CostItemsRule } from "./CostItemsRule";

/** No two cost items share an id (exports and quote-part lines are keyed by it). */
export const itemIdsAreUnique: CostItemsRule = (document) => {
  const firstIndex = new Map<string, number>();
  return document.items.flatMap((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    return first === undefined ? [] : [{ path: formatPath(["items", index, "id"]), message: `identifiant de poste en double « ${item.id} » (déjà en items[${first}])` }];
  });
};
