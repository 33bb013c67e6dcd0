import type { CostItem } from "../scenario/Scenario";
import { weightNameOf } from "./weightNameOf";

/** A commune or the Métropole, as far as weights go. */
export interface Party {
  readonly id: string;
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * How to read a participant's weight in a cost item under the item's key: its figure (`postes`,
 * `users:3`, …), 1 for `equal`, its entry in the item's weights for `custom`; undefined when missing.
 * Built once per item, read once per participant.
 */
export function weightReaderOf(item: CostItem): (party: Party) => number | undefined {
  if (item.key === "equal") return () => 1;
  const custom = item.weights;
  if (item.key === "custom") return (party) => custom?.[party.id];
  const name = weightNameOf(item) ?? item.key;
  return (party) => party.weights[name];
}
