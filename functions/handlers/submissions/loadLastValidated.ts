import type { ValidatedCandidate } from "../../../shared/inventory/choosePrefill";
import { getJsonDocument } from "../../storage/getDocument";
import { listCommuneSubmissions } from "../../storage/submissions/submissionTable";
import type { Store } from "../../storage/store";
import type { SubmissionDocument } from "../../submissions/submissionDocument";

/** A commune's last validated version with its stored submission (undefined when none was validated). */
export async function loadLastValidated(store: Store, insee: string): Promise<ValidatedCandidate | undefined> {
  const validated = (await listCommuneSubmissions(store, insee)).filter((version) => version.status === "validee").at(-1);
  if (!validated) return undefined;
  const { submission } = await getJsonDocument<SubmissionDocument>(store, validated.document);
  return { version: validated.version, submittedAt: validated.submittedAt, submission };
}
