/** Example-data factories for quote-part tests: small valid scenarios, overridable field by field. */

export interface ScenarioInput {
  year: number;
  rounding?: string;
  prorata?: string;
  metropole: { id: string; weights: Record<string, number> };
  members: MemberInput[];
  costItems: CostItemInput[];
}

export interface MemberInput {
  id: string;
  name: string;
  adhesions: { set: string; from: string; to?: string }[];
  weights: Record<string, number>;
  acAlreadyIncluded?: string | number;
  invoicedItems?: string[];
  withCcas?: boolean;
}

export interface CostItemInput {
  id: string;
  label: string;
  set: string;
  amount: string | number;
  key?: string;
  weights?: Record<string, number>;
}

export const METROPOLE_ID = "242100410";

/** A member of set B from 1 January of `year`, with `postes` = 10 unless overridden. */
export function aMember(id: string, overrides: Partial<MemberInput> = {}, year = 2025): MemberInput {
  return { id, name: `Commune ${id}`, adhesions: [{ set: "B", from: `${year}-01-01` }], weights: { postes: 10 }, ...overrides };
}

/** A cost item of set B, `postes` key, 1 000.00 €, unless overridden. */
export function aCostItem(id: string, overrides: Partial<CostItemInput> = {}): CostItemInput {
  return { id, label: `Poste ${id}`, set: "B", amount: "1000.00", key: "postes", ...overrides };
}

/** A 2025 scenario with the Métropole (postes 10), the given members and items. */
export function aScenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    year: 2025,
    metropole: { id: METROPOLE_ID, weights: { postes: 10 } },
    members: [aMember("21231")],
    costItems: [aCostItem("internet")],
    ...overrides,
  };
}
