import { compareIds } from "./participation/compareIds";
import type { QuotePartItem, QuotePartTotal } from "./QuoteParts";
import type { Member } from "./scenario/Scenario";

/**
 * Every member's total over the items (0 when it takes part in none) and its attribution de
 * compensation adjustment (− total), by INSEE code ascending.
 */
export function computeTotals(members: readonly Member[], items: readonly QuotePartItem[]): QuotePartTotal[] {
  const cents = new Map<string, bigint>();
  for (const item of items) {
    for (const share of item.shares) cents.set(share.id, (cents.get(share.id) ?? 0n) + share.cents);
  }
  return [...members]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((member) => {
      const total = cents.get(member.id) ?? 0n;
      return { id: member.id, name: member.name, cents: total, acAdjustmentCents: -total };
    });
}
