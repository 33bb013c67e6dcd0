import type { AdhesionPeriod } from "../adhesion/adhesionPeriods";
import type { Submission } from "../inventory/submissionSchema";
import type { CostItemsDocument } from "./CostItemsDocument";
import type { FinanceConfigDocument } from "./FinanceConfigDocument";
import type { ScenarioFile } from "./ScenarioFile";
import { weightsFromInventory } from "./weightsFromInventory";

/** A member commune as finance sees it: its adhesion periods and the submission its figures come from. */
export interface FinanceMember {
  readonly insee: string;
  readonly name: string;
  readonly periods: readonly AdhesionPeriod[];
  /** The version its figures are read from (none: no figures). */
  readonly submission?: Submission;
}

/** What a year's scenario is made of. */
export interface ScenarioSources {
  readonly year: number;
  /** The configured EPCI's SIREN. */
  readonly metropoleId: string;
  readonly costItems: CostItemsDocument;
  readonly members: readonly FinanceMember[];
  /** How each member settles, from the year's finance configuration (none: everything through the AC). */
  readonly settlement?: FinanceConfigDocument;
}

/**
 * The scenario file the engine is fed for a year: the cost items and options of the year's
 * document, the Métropole with its figures, and every member with its periods and the figures of
 * its submission, and how it settles (the year's finance configuration). Members without any
 * period are listed too, so that their totals show 0.
 */
export function buildScenario({ year, metropoleId, costItems, members, settlement }: ScenarioSources): ScenarioFile {
  return {
    year,
    rounding: costItems.rounding,
    prorata: costItems.prorata,
    metropole: { id: metropoleId, weights: costItems.metropole.weights },
    members: members.map((member) => ({
      id: member.insee,
      name: member.name,
      adhesions: member.periods.map((period) => ({ ...period })),
      weights: member.submission ? weightsFromInventory(member.submission) : {},
      ...settlement?.members[member.insee],
    })),
    costItems: costItems.items,
  };
}
