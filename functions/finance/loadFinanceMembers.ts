import type { FinanceMember } from "../../shared/finance/buildScenario";
import type { MemberCommune } from "../communes/epciMembers";
import type { Services } from "../services/services";
import { mapInBatches } from "../storage/mapInBatches";
import { readMemberAt } from "./readMemberAt";

/** The member communes as finance sees them on a cutoff day (today's data without one), a few at a time (see readMemberAt). */
export async function loadFinanceMembers(services: Services, communes: readonly MemberCommune[], cutoff?: string): Promise<FinanceMember[]> {
  return (await mapInBatches(communes, (commune) => readMemberAt(services, commune, cutoff))).map((read) => read.member);
}
