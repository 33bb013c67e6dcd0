import Decimal from "decimal.js";
import type { Participant } from "./participation/Participation";
import type { QuotePartItem } from "./QuoteParts";
import { allocateLargestRemainder } from "./rounding/allocateLargestRemainder";
import type { CostItem, Metropole } from "./scenario/Scenario";
import { toScaledIntegers } from "./weights/toScaledIntegers";
import { weightReaderOf } from "./weights/weightReaderOf";

/** What sharing out one item needs besides the item and its participants. */
interface ItemContext {
  readonly metropole: Metropole;
  readonly periodsInYear: number;
  /** 1 (rounding to the cent) or 100 (to the euro). */
  readonly unitCents: bigint;
}

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);

/**
 * Shares out one cost item (PRODUCT.md §5). Commune i's exact share, in cents, is
 * amount × Wᵢ × periodsᵢ / (ΣW × periodsInYear), with the weights scaled to integers W, so every
 * commune has the same denominator and rounding decisions are exact. The communes are rounded by
 * largest remainder, ties to the lower INSEE code (participants come sorted); the Métropole takes
 * the rest. Trusts a validated scenario (weights present, ΣW > 0).
 */
export function computeItem(item: CostItem, participants: readonly Participant[], context: ItemContext): QuotePartItem {
  const weightOf = weightReaderOf(item);
  const weights = participants.map(({ member }) => weightOf(member) ?? 0);
  const metropoleWeight = weightOf(context.metropole) ?? 0;
  const { integers, scale } = toScaledIntegers([metropoleWeight, ...weights]);
  const totalWeight = sum(integers);
  const denominator = totalWeight * BigInt(context.periodsInYear);
  const numerators = participants.map(({ periods }, i) => item.amount * (integers[i + 1] ?? 0n) * BigInt(periods));
  const units = allocateLargestRemainder(numerators, denominator * context.unitCents);
  const shares = participants.map(({ member, periods }, i) => ({
    id: member.id,
    name: member.name,
    weight: weights[i] ?? 0,
    periods,
    exactCents: { numerator: numerators[i] ?? 0n, denominator },
    cents: (units[i] ?? 0n) * context.unitCents,
  }));
  const metropole = {
    weight: metropoleWeight,
    exactCents: { numerator: item.amount * denominator - sum(numerators), denominator },
    cents: item.amount - sum(shares.map((share) => share.cents)),
  };
  return {
    id: item.id,
    label: item.label,
    set: item.set,
    key: item.key,
    amountCents: item.amount,
    totalWeight: scale === 1n ? Number(totalWeight) : new Decimal(totalWeight.toString()).div(scale.toString()).toNumber(),
    metropole,
    shares,
  };
}
