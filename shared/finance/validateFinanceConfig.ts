import { formatCents } from "../quoteParts/report/formatCents";
import { parseAmount } from "../quoteParts/scenario/parseAmount";
import { formatPath } from "../validation/formatPath";
import { parseWith } from "../validation/parseWith";
import type { Problem, Result } from "../validation/problem";
import type { FinanceConfigDocument, MemberSettlement } from "./FinanceConfigDocument";
import { financeConfigSchema } from "./financeConfigSchema";

/** What a year's finance configuration may name: the EPCI's communes (with their names), and the year's cost items. */
export interface FinanceConfigParties {
  readonly communes: ReadonlyMap<string, string>;
  /** The ids of the year's cost items; undefined when none are entered yet. */
  readonly costItemIds: readonly string[] | undefined;
}

/**
 * Checks a finance configuration of unknown shape — members of the EPCI only, invoiced items among
 * the year's cost items, each once — and returns it canonical (amounts `"421000.00"`, empty fields
 * left out), or every problem in French with its field path.
 */
export function validateFinanceConfig(input: unknown, parties: FinanceConfigParties): Result<FinanceConfigDocument> {
  const parsed = parseWith(financeConfigSchema, input);
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  const members: Record<string, MemberSettlement> = {};
  for (const [insee, settlement] of Object.entries(parsed.value.members)) {
    if (!parties.communes.has(insee)) problems.push({ path: formatPath(["members", insee]), message: `commune ${insee} inconnue : ce n'est pas une commune membre de l'EPCI` });
    (settlement.invoicedItems ?? []).forEach((id, index) => {
      const path = formatPath(["members", insee, "invoicedItems", index]);
      if (parties.costItemIds === undefined) problems.push({ path, message: `refacturation de « ${id} » impossible : les postes de coût de l'année ne sont pas encore saisis` });
      else if (!parties.costItemIds.includes(id)) problems.push({ path, message: `poste de coût inconnu « ${id} » pour cette année (postes : ${parties.costItemIds.join(", ")})` });
      else if (settlement.invoicedItems!.indexOf(id) < index) problems.push({ path, message: `poste de coût « ${id} » cité deux fois` });
    });
    const amount = settlement.acAlreadyIncluded === undefined ? undefined : parseAmount(settlement.acAlreadyIncluded);
    const canonical: MemberSettlement = {
      ...(amount?.ok && amount.cents > 0n ? { acAlreadyIncluded: formatCents(amount.cents) } : {}),
      ...(settlement.invoicedItems?.length ? { invoicedItems: settlement.invoicedItems } : {}),
      ...(settlement.withCcas ? { withCcas: true } : {}),
    };
    if (Object.keys(canonical).length > 0) members[insee] = canonical;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { members } };
}
