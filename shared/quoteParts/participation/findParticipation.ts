import { formatSetRef } from "../../catalogue/setRef";
import { yearCalendar } from "../calendar/yearCalendar";
import type { Scenario } from "../scenario/Scenario";
import { compareIds } from "./compareIds";
import { countPeriods } from "./countPeriods";
import type { Participant, Participation } from "./Participation";

/**
 * The communes taking part in each cost item (covered for at least one month, or one day with the
 * daily prorata), sorted by INSEE code so that nothing depends on the order of `members`.
 */
export function findParticipation(scenario: Scenario): Participation {
  const calendar = yearCalendar(scenario.year);
  const members = scenario.members.map((member, index) => ({ index, member })).sort((a, b) => compareIds(a.member.id, b.member.id));
  // Items of the same set have the same participants: compute them once per set.
  const bySet = new Map<string, readonly Participant[]>();
  return scenario.costItems.map((item) => {
    const setKey = formatSetRef(item.set);
    let participants = bySet.get(setKey);
    if (participants === undefined) {
      participants = members.flatMap(({ index, member }) => {
        const periods = countPeriods(member.adhesions, item.set, calendar, scenario.prorata);
        return periods > 0 ? [{ index, member, periods }] : [];
      });
      bySet.set(setKey, participants);
    }
    return participants;
  });
}
