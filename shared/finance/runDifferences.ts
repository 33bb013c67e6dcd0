import type { QuotePartReport } from "../quoteParts/report/quotePartReportSchema";

/** How a corrective run changes a member's figures against the run it replaces. */
export interface MemberDifference {
  readonly id: string;
  readonly name: string;
  readonly before: { readonly amount: string; readonly acAdjustment: string };
  readonly after: { readonly amount: string; readonly acAdjustment: string };
  /** after − before. */
  readonly difference: { readonly amount: string; readonly acAdjustment: string };
}

const cents = (amount: string) => BigInt(amount.replace(".", ""));
const euros = (value: bigint) => {
  const digits = (value < 0n ? -value : value).toString().padStart(3, "0");
  return `${value < 0n ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/** The members whose participation or AC adjustment differs between two reports of a year (every member of either), by INSEE code. */
export function runDifferences(before: QuotePartReport, after: QuotePartReport): MemberDifference[] {
  const zero = { amount: "0.00", acAdjustment: "0.00" };
  const previous = new Map(before.totals.map((total) => [total.id, total] as const));
  const next = new Map(after.totals.map((total) => [total.id, total] as const));
  const ids = [...new Set([...previous.keys(), ...next.keys()])].sort();
  return ids.flatMap((id) => {
    const was = previous.get(id) ?? { ...zero, name: next.get(id)?.name ?? id };
    const is = next.get(id) ?? { ...zero, name: was.name };
    const amount = cents(is.amount) - cents(was.amount);
    const acAdjustment = cents(is.acAdjustment) - cents(was.acAdjustment);
    if (amount === 0n && acAdjustment === 0n) return [];
    return [
      {
        id,
        name: is.name,
        before: { amount: was.amount, acAdjustment: was.acAdjustment },
        after: { amount: is.amount, acAdjustment: is.acAdjustment },
        difference: { amount: euros(amount), acAdjustment: euros(acAdjustment) },
      },
    ];
  });
}
