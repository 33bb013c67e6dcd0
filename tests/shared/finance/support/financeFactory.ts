import type { FinanceMember } from "../../../../shared/finance/buildScenario";
import type { CostItemsDocument } from "../../../../shared/finance/CostItemsDocument";
import type { DomainNumber } from "../../../../shared/catalogue/functionalDomains";
import type { SetId } from "../../../../shared/catalogue/serviceSets";
import type { Submission } from "../../../../shared/inventory/submissionSchema";
import { aCompleteSubmission } from "../../checks/support/aCompleteSubmission";

/** The Métropole of the examples: Dijon Métropole's SIREN. */
export const METROPOLE_ID = "242100410";

/** A canonical cost-items document: one B item of 12 000.00 € shared by postes, the Métropole with 100 postes. */
export function aCostItemsDocument(overrides: Partial<CostItemsDocument> = {}): CostItemsDocument {
  return {
    metropole: { weights: { postes: 100, agents: 1000, sites: 10, "users:3": 50 } },
    rounding: "cent",
    prorata: "monthly",
    items: [{ id: "infra", label: "Infrastructure", set: "B", amount: "12000.00", key: "postes" }],
    ...overrides,
  };
}

/** A commune's complete submission under its own INSEE code and name. */
export function aSubmissionOf(insee: string, name: string, sets: readonly SetId[] = ["B"], domains: readonly DomainNumber[] = []): Submission {
  return { ...aCompleteSubmission({ sets, domains, blocks: { fibre: 1 } }), commune: { insee, name } };
}

/** A member of set B from `from`, its figures from a complete submission (one fibre block: 14 postes). */
export function aMember(insee: string, name: string, from = "2025-01-01", overrides: Partial<FinanceMember> = {}): FinanceMember {
  return { insee, name, periods: [{ set: "B", from }], submission: aSubmissionOf(insee, name), ...overrides };
}
