import type { QuoteParts, QuotePartShare } from "../QuoteParts";
import { formatCents } from "./formatCents";
import { formatFraction } from "./formatFraction";
import type { QuotePartReport, QuotePartReportShare } from "./QuotePartReport";

/** Decimals of the `exact` field, for reading only: rounding decisions use the exact fraction. */
const EXACT_DECIMALS = 10;

/**
 * Renders quote-parts as the JSON report of PRODUCT.md §5 (CLI and API share it): money as text with
 * two decimals, `exact` as the exact prorated share in euros with ten decimals rounded half up,
 * `months` — or `days` and `daysInYear` with the daily prorata — on each line.
 */
export function formatQuotePartReport(quoteParts: QuoteParts): QuotePartReport {
  const formatShare = (share: QuotePartShare, totalWeight: number): QuotePartReportShare => {
    const exact = formatFraction(share.exactCents.numerator, share.exactCents.denominator * 100n, EXACT_DECIMALS);
    const amount = formatCents(share.cents);
    const { id, weight, periods } = share;
    return quoteParts.prorata === "monthly"
      ? { id, weight, totalWeight, months: periods, exact, amount }
      : { id, weight, totalWeight, days: periods, daysInYear: quoteParts.periodsInYear, exact, amount };
  };
  return {
    year: quoteParts.year,
    items: quoteParts.items.map((item) => ({
      id: item.id,
      metropole: formatCents(item.metropole.cents),
      shares: item.shares.map((share) => formatShare(share, item.totalWeight)),
    })),
    totals: quoteParts.totals.map((total) => ({ id: total.id, amount: formatCents(total.cents), acAdjustment: formatCents(total.acAdjustmentCents) })),
  };
}
