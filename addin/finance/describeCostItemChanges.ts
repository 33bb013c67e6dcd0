import { formatEuros } from "../ui/format/formatEuros";
import { signedCents } from "./signedCents";

/** A cost item as changes are told: what the history keeps (id, label, amount), or the whole entry. */
export interface CostItemFacts {
  readonly id: string;
  readonly label: string;
  readonly amount: string;
  readonly set?: string;
  readonly key?: string;
  readonly weights?: Readonly<Record<string, number>>;
}

/** What changed in one item kept from one version to the next. */
function itemChanges(was: CostItemFacts, is: CostItemFacts): string[] {
  const parts: string[] = [];
  if (signedCents(was.amount) !== signedCents(is.amount)) parts.push(`${formatEuros(was.amount)} → ${formatEuros(is.amount)}`);
  if (was.label !== is.label) parts.push(`libellé « ${was.label} » → « ${is.label} »`);
  if (was.set !== undefined && is.set !== undefined && was.set !== is.set) parts.push(`ensemble ${was.set} → ${is.set}`);
  if (was.key !== undefined && is.key !== undefined && was.key !== is.key) parts.push(`clé ${was.key} → ${is.key}`);
  if ((was.key !== undefined || is.key !== undefined) && JSON.stringify(was.weights ?? {}) !== JSON.stringify(is.weights ?? {})) parts.push("poids spécifiques modifiés");
  return parts;
}

/**
 * The differences between two lists of cost items, one French line per item added, removed or
 * changed (« Accès Internet (internet) : 200 000,00 € → 210 000,00 € »). With no `before` (a
 * first save), each item and its amount.
 */
export function describeCostItemChanges(before: readonly CostItemFacts[] | undefined, after: readonly CostItemFacts[]): string[] {
  const named = (item: CostItemFacts) => `${item.label} (${item.id})`;
  if (!before) return after.map((item) => `${named(item)} : ${formatEuros(item.amount)}`);
  const previous = new Map(before.map((item) => [item.id, item] as const));
  const next = new Map(after.map((item) => [item.id, item] as const));
  return [
    ...after.flatMap((item) => {
      const was = previous.get(item.id);
      if (!was) return [`Nouveau poste ${named(item)} : ${formatEuros(item.amount)}`];
      const parts = itemChanges(was, item);
      return parts.length > 0 ? [`${named(item)} : ${parts.join(" ; ")}`] : [];
    }),
    ...before.filter((item) => !next.has(item.id)).map((item) => `Poste retiré ${named(item)} (${formatEuros(item.amount)})`),
  ];
}
