import type { QuoteParts } from "../quoteParts/QuoteParts";
import { formatQuotePartReport } from "../quoteParts/report/formatQuotePartReport";
import type { QuotePartReport } from "../quoteParts/report/quotePartReportSchema";
import type { DeliberationRun, DeliberationTable } from "./DeliberationTable";
import { formatFrenchEuros } from "../format/formatFrenchEuros";

/** One column's source: the run and its quote-parts. */
export interface DeliberationColumnSource {
  readonly run: DeliberationRun;
  readonly quoteParts: QuoteParts;
}

/** What the council's table is drawn from: the EPCI, the year's run and its run « en année pleine » (same year, checked by the caller). */
export interface DeliberationSource {
  readonly epci: { readonly id: string; readonly name: string };
  readonly year: DeliberationColumnSource;
  readonly followingYears: DeliberationColumnSource;
}

type ReportTotal = QuotePartReport["totals"][number];

const ZERO = "0.00";
const NAMES = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
const runOf = ({ runId, cutoff, status, statusLabel, fullYear }: DeliberationRun): DeliberationRun => ({ runId, cutoff, status, statusLabel, fullYear });
const isZero = (amount: string) => /^-?0+\.00$/.test(amount);

/** « 500,00 € en 2025 et 1 000,00 € par an à compter de 2026 », or one amount for both. */
function byColumn(year: number, first: string, following: string): string {
  return first === following
    ? `${formatFrenchEuros(first)} en ${year} comme à compter de ${year + 1}`
    : `${formatFrenchEuros(first)} en ${year} et ${formatFrenchEuros(following)} par an à compter de ${year + 1}`;
}

/** The notes under the table: parts invoiced directly, parts the AC already carries (as the deliberation explains them). */
function notesOf(year: number, members: readonly (readonly [string, ReportTotal | undefined, ReportTotal | undefined])[]): string[] {
  return members.flatMap(([name, first, following]) => {
    const notes: string[] = [];
    const invoiced = [first?.invoiced ?? ZERO, following?.invoiced ?? ZERO] as const;
    if (!invoiced.every(isZero)) notes.push(`${name} : part de sa participation refacturée directement, hors attribution de compensation, ${byColumn(year, ...invoiced)}.`);
    const included = [first?.acAlreadyIncluded ?? ZERO, following?.acAlreadyIncluded ?? ZERO] as const;
    if (!included.every(isZero)) notes.push(`${name} : part de sa participation déjà comprise dans l'attribution de compensation, ${byColumn(year, ...included)} ; l'ajustement n'en retient que le reste.`);
    return notes;
  });
}

/**
 * The council's table (PRODUCT.md §5, « Runs, as finance and the council use them »): from a year's
 * run and its run « en année pleine », each member's participation and AC adjustment for
 * « Année N » and « Années N+1 et suivantes » — members of either run, named as the configuration
 * labels them (« + CCAS »), in alphabetical order as the CLECT tables — the Métropole's part, the
 * totals of each column and notes on parts invoiced or already in the AC. Pure: the runs are given.
 */
export function buildDeliberationTable({ epci, year, followingYears }: DeliberationSource): DeliberationTable {
  const first = formatQuotePartReport(year.quoteParts);
  const next = formatQuotePartReport(followingYears.quoteParts);
  const n = first.year;
  const firstById = new Map(first.totals.map((total) => [total.id, total] as const));
  const nextById = new Map(next.totals.map((total) => [total.id, total] as const));
  const ids = [...new Set([...firstById.keys(), ...nextById.keys()])];
  const rows = ids
    .map((id) => {
      const [a, b] = [firstById.get(id), nextById.get(id)];
      return { id, name: a?.name ?? b?.name ?? id, a, b };
    })
    .sort((x, y) => NAMES.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const figures = (total: ReportTotal | undefined) => ({ participation: total?.amount ?? ZERO, acAdjustment: total?.acAdjustment ?? ZERO });
  const totals = ({ summary }: QuotePartReport) => ({ communes: summary.communes, invoiced: summary.invoiced, acAdjustment: summary.acAdjustment, metropole: summary.metropole, costItems: summary.costItems });
  return {
    year: n,
    epci: { id: epci.id, name: epci.name },
    columns: { year: `Année ${n}`, followingYears: `Années ${n + 1} et suivantes` },
    runs: { year: runOf(year.run), followingYears: runOf(followingYears.run) },
    members: rows.map(({ id, name, a, b }) => ({ id, name, year: figures(a), followingYears: figures(b) })),
    metropole: { id: epci.id, name: epci.name, year: first.summary.metropole, followingYears: next.summary.metropole },
    totals: { year: totals(first), followingYears: totals(next) },
    notes: notesOf(n, rows.map(({ name, a, b }) => [name, a, b] as const)),
  };
}
