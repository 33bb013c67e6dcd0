import { daysInYear } from "../calendar/daysInYear";
import { computeItem } from "./computeItem";
import { computeTotals } from "./computeTotals";
import type { QuoteParts } from "./QuoteParts";
import type { ValidScenario } from "./validateScenario";

/** The quote-parts of a scenario that passed `validateScenario` (pure: same input, same output). */
export function computeScenario({ scenario, participation }: ValidScenario): QuoteParts {
  const periodsInYear = scenario.prorata === "monthly" ? 12 : daysInYear(scenario.year);
  const context = { metropole: scenario.metropole, periodsInYear, unitCents: scenario.rounding === "euro" ? 100n : 1n };
  const items = scenario.costItems.map((item, index) => computeItem(item, participation[index] ?? [], context));
  return {
    year: scenario.year,
    rounding: scenario.rounding,
    prorata: scenario.prorata,
    periodsInYear,
    metropoleId: scenario.metropole.id,
    items,
    totals: computeTotals(scenario.members, items),
  };
}
