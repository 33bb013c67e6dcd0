import type { MemberSettlement } from "../../shared/finance/FinanceConfigDocument";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import { formatEuros } from "../ui/format/formatEuros";
import { signedCents } from "./signedCents";

/** Names to tell changes with: communes by INSEE code, cost items by identifier. */
export interface ChangeNames {
  readonly communes: ReadonlyMap<string, string>;
  readonly items: ReadonlyMap<string, string>;
}

type Settlements = Readonly<Record<string, MemberSettlement>>;

/** The part already in the AC, in cents (canonical money text; absent: none). */
const amountOf = (settlement: MemberSettlement | undefined) => signedCents(settlement?.acAlreadyIncluded ?? "0.00");

/** What changed for one member, in French (empty when nothing did). */
function memberChanges(was: MemberSettlement | undefined, is: MemberSettlement | undefined, items: ReadonlyMap<string, string>): string[] {
  const parts: string[] = [];
  const item = (id: string) => items.get(id) ?? id;
  if ((was?.withCcas === true) !== (is?.withCcas === true)) parts.push(is?.withCcas ? "comptée avec son CCAS" : "plus comptée avec son CCAS");
  if (amountOf(was) !== amountOf(is)) parts.push(`déjà compris dans l'AC ${formatEuros(formatCents(amountOf(was)))} → ${formatEuros(formatCents(amountOf(is)))}`);
  const before = was?.invoicedItems ?? [];
  const after = is?.invoicedItems ?? [];
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  if (added.length > 0) parts.push(`refacturé${was ? " en plus" : ""} : ${added.map(item).join(", ")}`);
  if (removed.length > 0) parts.push(`plus refacturé : ${removed.map(item).join(", ")}`);
  return parts;
}

/**
 * The differences between two finance configurations, one French line per member that changed
 * (« Dijon : comptée avec son CCAS ; déjà compris dans l'AC 0,00 € → 421 000,00 € »), in the
 * order of the communes' names. With no `before` (a first save), what each member settles apart
 * from the default.
 */
export function describeSettlementChanges(before: Settlements | undefined, after: Settlements, names: ChangeNames): string[] {
  const ids = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  const nameOf = (insee: string) => names.communes.get(insee) ?? insee;
  return ids
    .sort((left, right) => nameOf(left).localeCompare(nameOf(right), "fr"))
    .flatMap((insee) => {
      const parts = memberChanges(before?.[insee], after[insee], names.items);
      return parts.length > 0 ? [`${nameOf(insee)} : ${parts.join(" ; ")}`] : [];
    });
}
