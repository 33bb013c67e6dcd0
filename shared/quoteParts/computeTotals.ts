import { compareIds } from "./participation/compareIds";
import type { QuotePartItem, QuotePartTotal } from "./QuoteParts";
import type { Member } from "./scenario/Scenario";

/** How a member is named in tables: with « + CCAS » when its CCAS is counted with it. */
export function memberLabel(member: Pick<Member, "name" | "withCcas">): string {
  return member.withCcas ? `${member.name} + CCAS` : member.name;
}

/**
 * Every member's total over the items (0 when it takes part in none) and its settlement: the part on
 * the items it pays by direct invoice, the part its attribution de compensation already carries, and
 * the adjustment of its AC = −(total − invoiced) + already included; by INSEE code ascending.
 */
export function computeTotals(members: readonly Member[], items: readonly QuotePartItem[]): QuotePartTotal[] {
  const cents = new Map<string, bigint>();
  const invoiced = new Map<string, bigint>();
  const invoicedItems = new Map(members.map((member) => [member.id, new Set(member.invoicedItems)] as const));
  for (const item of items) {
    for (const share of item.shares) {
      cents.set(share.id, (cents.get(share.id) ?? 0n) + share.cents);
      if (invoicedItems.get(share.id)?.has(item.id)) invoiced.set(share.id, (invoiced.get(share.id) ?? 0n) + share.cents);
    }
  }
  return [...members]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((member) => {
      const total = cents.get(member.id) ?? 0n;
      const invoicedCents = invoiced.get(member.id) ?? 0n;
      return {
        id: member.id,
        name: member.name,
        label: memberLabel(member),
        cents: total,
        invoicedCents,
        acAlreadyIncludedCents: member.acAlreadyIncludedCents,
        acAdjustmentCents: -(total - invoicedCents) + member.acAlreadyIncludedCents,
      };
    });
}
