/** A commune's line in the JSON report; `days`/`daysInYear` replace `months` with the daily prorata. */
export type QuotePartReportShare =
  | { readonly id: string; readonly weight: number; readonly totalWeight: number; readonly months: number; readonly exact: string; readonly amount: string }
  | {
      readonly id: string;
      readonly weight: number;
      readonly totalWeight: number;
      readonly days: number;
      readonly daysInYear: number;
      readonly exact: string;
      readonly amount: string;
    };

/**
 * The JSON report of PRODUCT.md §5, shared by the CLI and the API. Money is text with two decimals
 * (`"1234.50"`); `exact` has ten decimals, rounded half up.
 */
export interface QuotePartReport {
  readonly year: number;
  readonly items: readonly { readonly id: string; readonly metropole: string; readonly shares: readonly QuotePartReportShare[] }[];
  readonly totals: readonly { readonly id: string; readonly amount: string; readonly acAdjustment: string }[];
}
