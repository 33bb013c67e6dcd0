import type { CostItem } from "../scenario/Scenario";

/**
 * The figure a cost item's key reads in each participant's `weights` (`postes`, `users:3`, …);
 * undefined for `equal` and `custom`, whose weights are not figures.
 */
export function weightNameOf(item: CostItem): string | undefined {
  switch (item.key) {
    case "equal":
    case "custom":
      return undefined;
    case "users":
      return `users:${item.set.domain ?? ""}`;
    default:
      return item.key;
  }
}
