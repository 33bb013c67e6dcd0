import { adhesionChanges } from "../../shared/adhesion/adhesionChanges";
import { adhesionPeriods } from "../../shared/adhesion/adhesionPeriods";
import type { TimelineEvent } from "../../shared/adhesion/timelineEvent";
import type { FinanceMember } from "../../shared/finance/buildScenario";
import type { MemberCommune } from "../communes/epciMembers";
import type { Services } from "../services/services";
import { listTimeline } from "../storage/events/timelineTable";
import { getJsonDocument } from "../storage/getDocument";
import type { SubmissionRecord } from "../storage/submissions/submissionRecord";
import { listCommuneSubmissions } from "../storage/submissions/submissionTable";
import type { SubmissionDocument } from "../submissions/submissionDocument";
import { isRecordedBy } from "./isRecordedBy";

/** A member as finance sees it on a cut-off day, with what its dossier held (every version, its whole history). */
export interface MemberAtCutoff {
  readonly member: FinanceMember;
  readonly versions: readonly SubmissionRecord[];
  readonly history: readonly TimelineEvent[];
}

/**
 * A member commune on a cutoff day (today's data without one): its latest version validated on or
 * before that day (its figures) and its adhesion periods from the events recorded on or before it.
 */
export async function readMemberAt(services: Services, { insee, name }: MemberCommune, cutoff?: string): Promise<MemberAtCutoff> {
  const known = (at: string | undefined) => at !== undefined && (cutoff === undefined || isRecordedBy(at, cutoff));
  const [versions, history] = await Promise.all([listCommuneSubmissions(services.store, insee), listTimeline(services.store, insee)]);
  const validated = versions.filter((version) => version.decision?.kind === "validate" && known(version.decision.decidedAt)).at(-1);
  const periods = adhesionPeriods(adhesionChanges(history.filter((event) => known(event.at))));
  if (!validated) return { member: { insee, name, periods }, versions, history };
  const { submission } = await getJsonDocument<SubmissionDocument>(services.store, validated.document);
  return { member: { insee, name, periods, submission }, versions, history };
}
