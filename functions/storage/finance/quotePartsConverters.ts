import type { Fraction, QuoteParts } from "../../../shared/quoteParts";

/** A value as stored in JSON: every bigint as its decimal text. */
type Stored<T> = T extends bigint ? string : T extends readonly (infer U)[] ? readonly Stored<U>[] : T extends object ? { readonly [K in keyof T]: Stored<T[K]> } : T;

/** Computed quote-parts as JSON text (bigints as decimal text), for the run's result document. */
export function toStoredQuoteParts(quoteParts: QuoteParts): string {
  return JSON.stringify(quoteParts, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

const fraction = (stored: Stored<Fraction>): Fraction => ({ numerator: BigInt(stored.numerator), denominator: BigInt(stored.denominator) });

/** A run's result document back to quote-parts (the text {@link toStoredQuoteParts} wrote). */
export function fromStoredQuoteParts(text: string): QuoteParts {
  const stored = JSON.parse(text) as Stored<QuoteParts>;
  return {
    ...stored,
    items: stored.items.map((item) => ({
      ...item,
      amountCents: BigInt(item.amountCents),
      metropole: { weight: item.metropole.weight, exactCents: fraction(item.metropole.exactCents), cents: BigInt(item.metropole.cents) },
      shares: item.shares.map((share) => ({ ...share, exactCents: fraction(share.exactCents), cents: BigInt(share.cents) })),
    })),
    // Results stored before settlement existed have no invoiced part, nothing already in the AC, no label.
    totals: stored.totals.map((total: Stored<QuoteParts>["totals"][number] & Partial<Stored<Pick<QuoteParts["totals"][number], "label" | "invoicedCents" | "acAlreadyIncludedCents">>>) => ({
      ...total,
      label: total.label ?? total.name,
      cents: BigInt(total.cents),
      invoicedCents: BigInt(total.invoicedCents ?? "0"),
      acAlreadyIncludedCents: BigInt(total.acAlreadyIncludedCents ?? "0"),
      acAdjustmentCents: BigInt(total.acAdjustmentCents),
    })),
  };
}
