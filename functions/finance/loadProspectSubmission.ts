import { submissionSchema, type Submission } from "../../shared/inventory/submissionSchema";
import type { Services } from "../services/services";
import { readDraft } from "../storage/drafts/draftTable";
import { getJsonDocument } from "../storage/getDocument";
import { listCommuneSubmissions } from "../storage/submissions/submissionTable";
import type { SubmissionDocument } from "../submissions/submissionDocument";

/** The description organique a commune's estimate reads its figures from, and where it comes from. */
export interface ProspectSubmission {
  readonly submission: Submission;
  /** `brouillon`, or `version <n>` of its submissions. */
  readonly source: string;
}

/** A commune's most recent description organique: its draft or its latest submitted version, whichever was saved last; undefined when it has neither. */
export async function loadProspectSubmission(services: Services, insee: string): Promise<ProspectSubmission | undefined> {
  const [draft, versions] = await Promise.all([readDraft(services.store, insee), listCommuneSubmissions(services.store, insee)]);
  const latest = versions.at(-1);
  const parsedDraft = draft ? submissionSchema.safeParse(JSON.parse(draft.content)) : undefined;
  if (draft && parsedDraft?.success && (!latest || draft.record.savedAt >= latest.submittedAt)) return { submission: parsedDraft.data, source: "brouillon" };
  if (!latest) return undefined;
  const { submission } = await getJsonDocument<SubmissionDocument>(services.store, latest.document);
  return { submission, source: `version ${latest.version}` };
}
