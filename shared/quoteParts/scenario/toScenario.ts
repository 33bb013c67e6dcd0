import { parseSetRef, type SetRef } from "../../catalogue/setRef";
import { parseCalendarDay } from "../../calendar/parseCalendarDay";
import { parseAmount } from "./parseAmount";
import type { Scenario } from "./Scenario";
import type { ScenarioShape } from "./scenarioShapeSchema";

// The shape schema has checked every value these read: a failure here is a bug, not bad input.
const setRef = (text: string): SetRef => parseSetRef(text) ?? bug(`set ${text}`);
const day = (text: string): number => parseCalendarDay(text) ?? bug(`date ${text}`);
const cents = (amount: string | number): bigint => {
  const parsed = parseAmount(amount);
  return parsed.ok ? parsed.cents : bug(`amount ${amount}`);
};
function bug(what: string): never {
  throw new Error(`unchecked ${what} reached toScenario`);
}

/**
 * Turns a scenario whose shape is checked into the engine's values: sets parsed, dates as day
 * numbers, amounts in cents. (Converting once here is several times faster than zod transforms
 * on each of the ~10⁵ adhesions of a national run.)
 */
export function toScenario(shape: ScenarioShape): Scenario {
  return {
    ...shape,
    members: shape.members.map(({ acAlreadyIncluded, invoicedItems, withCcas, ...member }) => ({
      ...member,
      acAlreadyIncludedCents: acAlreadyIncluded === undefined ? 0n : cents(acAlreadyIncluded),
      invoicedItems: invoicedItems ?? [],
      withCcas: withCcas === true,
      adhesions: member.adhesions.map((adhesion) => ({
        set: setRef(adhesion.set),
        from: day(adhesion.from),
        to: adhesion.to === undefined ? undefined : day(adhesion.to),
      })),
    })),
    costItems: shape.costItems.map((item) => ({ ...item, set: setRef(item.set), amount: cents(item.amount) })),
  };
}
