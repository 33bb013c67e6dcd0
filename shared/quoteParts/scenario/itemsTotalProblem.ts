import type { Problem } from "../../validation/problem";
import { MAX_AMOUNT_CENTS, MAX_AMOUNT_TEXT } from "./maxAmount";

/**
 * The problem of a list of items (`path`) whose amounts (in cents) add up to more than the largest
 * amount: a member's total or the year's would no longer be exact to the cent in a workbook.
 */
export function itemsTotalProblem(cents: readonly bigint[], path: string): Problem[] {
  const total = cents.reduce((sum, amount) => sum + amount, 0n);
  return total > MAX_AMOUNT_CENTS ? [{ path, message: `le total des postes de coût dépasse ${MAX_AMOUNT_TEXT}` }] : [];
}
