import { formatCents } from "../../shared/quoteParts/report/formatCents";
import type { MemberDifference } from "../api/apiTypes";
import { formatEuros } from "../ui/format/formatEuros";
import { signedCents } from "./signedCents";

/** A signed difference in euros: « +200,00 € », « −15,50 € ». */
function signed(amount: string): string {
  const cents = signedCents(amount);
  return `${cents > 0n ? "+" : cents < 0n ? "−" : ""}${formatEuros(formatCents(cents < 0n ? -cents : cents))}`;
}

/**
 * How a corrective run changes a member, in one French line: « Dijon : participation 1 000,00 € →
 * 1 200,00 € (+200,00 €) ; ajustement de l'AC −1 000,00 € → −1 200,00 € (−200,00 €) ».
 */
export function describeMemberDifference(member: MemberDifference): string {
  const parts = [
    `participation ${formatEuros(member.before.amount)} → ${formatEuros(member.after.amount)} (${signed(member.difference.amount)})`,
    ...(signedCents(member.difference.acAdjustment) !== 0n ? [`ajustement de l'AC ${formatEuros(member.before.acAdjustment)} → ${formatEuros(member.after.acAdjustment)} (${signed(member.difference.acAdjustment)})`] : []),
  ];
  return `${member.name} : ${parts.join(" ; ")}`;
}
