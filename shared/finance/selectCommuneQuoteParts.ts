import { formatSetRef } from "../catalogue/setRef";
import { formatCents, formatQuotePartReport, type QuoteParts } from "../quoteParts";
import type { CommuneQuoteParts, CommuneQuotePartLine } from "./CommuneQuoteParts";

/**
 * One commune's part of computed quote-parts: its lines (formatted as in the §5 report, with each
 * item's label, set and key) and its total — nothing about the other communes but the total weights.
 */
export function selectCommuneQuoteParts(quoteParts: QuoteParts, insee: string): CommuneQuoteParts {
  const report = formatQuotePartReport(quoteParts);
  const lines = quoteParts.items.flatMap((item, index): CommuneQuotePartLine[] => {
    const share = report.items[index]?.shares.find((candidate) => candidate.id === insee);
    if (!share) return [];
    const { id: _id, name: _name, ...derivation } = share;
    return [{ item: item.id, label: item.label, set: formatSetRef(item.set), key: item.key, ...derivation }];
  });
  const total = report.totals.find((candidate) => candidate.id === insee);
  return {
    year: quoteParts.year,
    insee,
    lines,
    total: {
      amount: total?.amount ?? formatCents(0n),
      invoiced: total?.invoiced ?? formatCents(0n),
      acAlreadyIncluded: total?.acAlreadyIncluded ?? formatCents(0n),
      acAdjustment: total?.acAdjustment ?? formatCents(0n),
    },
  };
}
