import { adhesionPeriods } from "../../shared/adhesion/adhesionPeriods";
import type { FinanceMember } from "../../shared/finance/buildScenario";
import type { MemberCommune } from "../communes/epciMembers";
import type { Services } from "../services/services";
import { listTimeline } from "../storage/events/timelineTable";
import { mapInBatches } from "../storage/mapInBatches";
import { getJsonDocument } from "../storage/getDocument";
import { listCommuneSubmissions } from "../storage/submissions/submissionTable";
import { adhesionChanges } from "../../shared/adhesion/adhesionChanges";
import type { SubmissionDocument } from "../submissions/submissionDocument";
import { isRecordedBy } from "./isRecordedBy";

/**
 * The member communes as finance sees them on a cutoff day (today's data without one): each with
 * its latest version validated on or before that day (its figures) and its adhesion periods from
 * the events recorded on or before it.
 */
export async function loadFinanceMembers(services: Services, communes: readonly MemberCommune[], cutoff?: string): Promise<FinanceMember[]> {
  const known = (at: string | undefined) => at !== undefined && (cutoff === undefined || isRecordedBy(at, cutoff));
  return mapInBatches(communes, async ({ insee, name }): Promise<FinanceMember> => {
    const [versions, timeline] = await Promise.all([listCommuneSubmissions(services.store, insee), listTimeline(services.store, insee)]);
    const validated = versions.filter((version) => version.decision?.kind === "validate" && known(version.decision.decidedAt)).at(-1);
    const periods = adhesionPeriods(adhesionChanges(timeline.filter((event) => known(event.at))));
    if (!validated) return { insee, name, periods };
    const { submission } = await getJsonDocument<SubmissionDocument>(services.store, validated.document);
    return { insee, name, periods, submission };
  });
}
