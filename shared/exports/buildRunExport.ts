import Decimal from "decimal.js";
import { formatSetRef } from "../catalogue/setRef";
import type { QuoteParts } from "../quoteParts/QuoteParts";
import { formatCents } from "../quoteParts/report/formatCents";
import { formatFraction } from "../quoteParts/report/formatFraction";
import { formatQuotePartReport } from "../quoteParts/report/formatQuotePartReport";
import { DISTRIBUTION_KEY_LABELS } from "./distributionKeyLabels";
import type { RunExport, RunExportItem, RunExportLine } from "./RunExport";

/** Decimals of `exact`, the same as the §5 report's. */
const EXACT_DECIMALS = 10;

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);
/** A weight as plain decimal text: 12.5 → "12.5", never "1e-7". */
const decimalText = (value: number) => new Decimal(value).toFixed();

/**
 * Lays out computed quote-parts for the exports. Commune lines take their figures from the §5
 * report itself (the exports say exactly what the JSON says); the Métropole's line carries the rest.
 */
export function buildRunExport(quoteParts: QuoteParts, metropoleName: string): RunExport {
  const report = formatQuotePartReport(quoteParts);
  const names = new Map(quoteParts.totals.map((total) => [total.id, total.name] as const));
  const items = quoteParts.items.map((item, index): RunExportItem => {
    const totalWeight = decimalText(item.totalWeight);
    const communes = (report.items[index]?.shares ?? []).map(
      (share): RunExportLine => ({
        code: share.id,
        name: names.get(share.id) ?? share.id,
        weight: decimalText(share.weight),
        totalWeight,
        periods: "months" in share ? share.months : share.days,
        exact: share.exact,
        amount: share.amount,
        isMetropole: false,
      }),
    );
    const { metropole } = item;
    const rest: RunExportLine = {
      code: quoteParts.metropoleId,
      name: metropoleName,
      weight: decimalText(metropole.weight),
      totalWeight,
      exact: formatFraction(metropole.exactCents.numerator, metropole.exactCents.denominator * 100n, EXACT_DECIMALS),
      amount: formatCents(metropole.cents),
      isMetropole: true,
    };
    return { id: item.id, label: item.label, set: formatSetRef(item.set), key: item.key, keyLabel: DISTRIBUTION_KEY_LABELS[item.key], amount: formatCents(item.amountCents), lines: [...communes, rest] };
  });
  const communeCents = sum(quoteParts.totals.map((total) => total.cents));
  return {
    year: quoteParts.year,
    periodsLabel: quoteParts.prorata === "monthly" ? "Mois" : `Jours (sur ${quoteParts.periodsInYear})`,
    metropole: { id: quoteParts.metropoleId, name: metropoleName },
    items,
    totals: report.totals.map((total) => ({ code: total.id, name: names.get(total.id) ?? total.id, amount: total.amount, acAdjustment: total.acAdjustment })),
    sums: {
      items: formatCents(sum(quoteParts.items.map((item) => item.amountCents))),
      communes: formatCents(communeCents),
      metropole: formatCents(sum(quoteParts.items.map((item) => item.metropole.cents))),
      acAdjustment: formatCents(sum(quoteParts.totals.map((total) => total.acAdjustmentCents))),
    },
  };
}
