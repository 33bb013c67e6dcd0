import type { QuoteParts, QuotePartShare } from "../QuoteParts";
import { formatCents } from "./formatCents";
import { formatFraction } from "./formatFraction";
import type { QuotePartReport, QuotePartReportShare } from "./quotePartReportSchema";

/** Decimals of the `exact` field, for reading only: rounding decisions use the exact fraction. */
const EXACT_DECIMALS = 10;

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);

/**
 * Renders quote-parts as the JSON report of PRODUCT.md §5 (CLI and API share it): money as text with
 * two decimals, `exact` as the exact prorated share in euros with ten decimals rounded half up,
 * `months` — or `days` and `daysInYear` with the daily prorata — on each line; names and labels
 * beside the ids; each member's settlement and the year's totals.
 */
export function formatQuotePartReport(quoteParts: QuoteParts): QuotePartReport {
  const names = new Map(quoteParts.totals.map((total) => [total.id, total.label] as const));
  const formatShare = (share: QuotePartShare, totalWeight: number): QuotePartReportShare => {
    const exact = formatFraction(share.exactCents.numerator, share.exactCents.denominator * 100n, EXACT_DECIMALS);
    const amount = formatCents(share.cents);
    const { id, weight, periods } = share;
    const name = names.get(id) ?? share.name;
    return quoteParts.prorata === "monthly"
      ? { id, name, weight, totalWeight, months: periods, exact, amount }
      : { id, name, weight, totalWeight, days: periods, daysInYear: quoteParts.periodsInYear, exact, amount };
  };
  const { items, totals } = quoteParts;
  return {
    year: quoteParts.year,
    items: items.map((item) => ({
      id: item.id,
      label: item.label,
      amount: formatCents(item.amountCents),
      metropole: formatCents(item.metropole.cents),
      shares: item.shares.map((share) => formatShare(share, item.totalWeight)),
    })),
    totals: totals.map((total) => ({
      id: total.id,
      name: total.label,
      amount: formatCents(total.cents),
      invoiced: formatCents(total.invoicedCents),
      acAlreadyIncluded: formatCents(total.acAlreadyIncludedCents),
      acAdjustment: formatCents(total.acAdjustmentCents),
    })),
    summary: {
      costItems: formatCents(sum(items.map((item) => item.amountCents))),
      communes: formatCents(sum(totals.map((total) => total.cents))),
      invoiced: formatCents(sum(totals.map((total) => total.invoicedCents))),
      acAdjustment: formatCents(sum(totals.map((total) => total.acAdjustmentCents))),
      metropole: formatCents(sum(items.map((item) => item.metropole.cents))),
    },
  };
}
