/** Days from `from` (included) to `to` (excluded; undefined: open-ended), as day numbers. */
export interface Period {
  readonly from: number;
  readonly to?: number | undefined;
}
