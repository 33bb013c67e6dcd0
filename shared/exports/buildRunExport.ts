import Decimal from "decimal.js";
import { formatSetRef } from "../catalogue/setRef";
import { runDifferences } from "../finance/runDifferences";
import type { QuoteParts } from "../quoteParts/QuoteParts";
import { formatCents } from "../quoteParts/report/formatCents";
import { formatFraction } from "../quoteParts/report/formatFraction";
import { formatQuotePartReport } from "../quoteParts/report/formatQuotePartReport";
import { DISTRIBUTION_KEY_LABELS } from "./distributionKeyLabels";
import type { RunExport, RunExportIdentity, RunExportItem, RunExportLine } from "./RunExport";

/** Decimals of `exact`, the same as the §5 report's. */
const EXACT_DECIMALS = 10;

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);
/** A weight as plain decimal text: 12.5 → "12.5", never "1e-7". */
const decimalText = (value: number) => new Decimal(value).toFixed();

/** What an export is built from: a run's quote-parts and identification, and for a corrective run the quote-parts it replaces. */
export interface RunExportSource {
  readonly quoteParts: QuoteParts;
  readonly metropoleName: string;
  readonly run: RunExportIdentity;
  /** A corrective run's replaced run (the one `run.corrects` names): its differences per member are shown. */
  readonly replaced?: QuoteParts;
}

/**
 * Lays out a run's quote-parts for the exports. Commune lines and settlements take their figures
 * from the §5 report itself (the exports say exactly what the JSON says, labels « + CCAS »
 * included); the Métropole's line carries the rest.
 */
export function buildRunExport({ quoteParts, metropoleName, run, replaced }: RunExportSource): RunExport {
  const report = formatQuotePartReport(quoteParts);
  const items = quoteParts.items.map((item, index): RunExportItem => {
    const totalWeight = decimalText(item.totalWeight);
    const communes = (report.items[index]?.shares ?? []).map(
      (share): RunExportLine => ({
        code: share.id,
        name: share.name,
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
  const { summary } = report;
  return {
    year: quoteParts.year,
    run,
    periodsLabel: quoteParts.prorata === "monthly" ? "Mois" : `Jours (sur ${quoteParts.periodsInYear})`,
    metropole: { id: quoteParts.metropoleId, name: metropoleName },
    items,
    totals: report.totals.map((total) => ({
      code: total.id,
      name: total.name,
      amount: total.amount,
      invoiced: total.invoiced,
      acAlreadyIncluded: total.acAlreadyIncluded,
      acAdjustment: total.acAdjustment,
    })),
    sums: {
      items: summary.costItems,
      communes: summary.communes,
      invoiced: summary.invoiced,
      acAlreadyIncluded: formatCents(sum(quoteParts.totals.map((total) => total.acAlreadyIncludedCents))),
      acAdjustment: summary.acAdjustment,
      metropole: summary.metropole,
    },
    ...(run.corrects && replaced ? { differences: { against: run.corrects.runId, members: runDifferences(formatQuotePartReport(replaced), report) } } : {}),
  };
}
