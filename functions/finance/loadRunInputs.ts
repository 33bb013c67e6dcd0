import { regularisationsOf } from "../../shared/adhesion/regularisationsOf";
import type { FinanceMember } from "../../shared/finance/buildScenario";
import { fullYearPeriods } from "../../shared/finance/fullYearPeriods";
import { leftOutMember } from "../../shared/finance/leftOutMember";
import type { LeftOutMember } from "../../shared/finance/runWarnings";
import type { Regularisation } from "../../shared/adhesion/regularisationsOf";
import type { Services } from "../services/services";
import { mapInBatches } from "../storage/mapInBatches";
import { isRecordedBy } from "./isRecordedBy";
import { metropoleOf } from "./metropoleOf";
import { readMemberAt } from "./readMemberAt";

/** What a run of a year reads from the communes' dossiers at its cut-off. */
export interface RunInputs {
  readonly members: readonly FinanceMember[];
  readonly leftOut: readonly LeftOutMember[];
  /** Régularisations of the year recorded after the cut-off: the run does not carry them. */
  readonly pendingRegularisations: readonly Regularisation[];
}

/**
 * Every member as finance sees it on the cut-off day (« en année pleine »: each adhesion held that
 * day over the whole year), the members left out because nothing of theirs was validated by then,
 * and the year's régularisations recorded after it.
 */
export async function loadRunInputs(services: Services, year: number, cutoff: string, fullYear: boolean): Promise<RunInputs> {
  const known = (instant: string) => isRecordedBy(instant, cutoff);
  const read = await mapInBatches(metropoleOf(services).members, (commune) => readMemberAt(services, commune, cutoff));
  const members = read.map(({ member }) => (fullYear ? { ...member, periods: fullYearPeriods(member.periods, year, cutoff) } : member));
  const leftOut = read.flatMap(({ member, versions }) => leftOutMember({ insee: member.insee, name: member.name, counted: member.submission !== undefined }, versions, year, known) ?? []);
  const histories = read.map(({ member, history }) => ({ insee: member.insee, name: member.name, history }));
  const pendingRegularisations = regularisationsOf(year, histories).filter((event) => !known(event.recordedAt));
  return { members, leftOut, pendingRegularisations };
}
