import { parseAmount } from "../../quoteParts/scenario/parseAmount";
import { itemsTotalProblem } from "../../quoteParts/scenario/itemsTotalProblem";
import type { CostItemsRule } from "./CostItemsRule";

/** A year's cost items add up to 999 999 999 999,99 € at most (each amount is already checked). */
export const itemsTotalIsWithinLimit: CostItemsRule = (document) =>
  itemsTotalProblem(
    document.items.map((item) => {
      const amount = parseAmount(item.amount);
      return amount.ok ? amount.cents : 0n;
    }),
    "items",
  );
