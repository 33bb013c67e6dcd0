import type { Submission } from "./submissionSchema";

/** The commune's last validated version, as stored. */
export interface ValidatedCandidate {
  readonly version: number;
  /** When that version was deposited (ISO instant): the date of its content. */
  readonly submittedAt: string;
  readonly submission: Submission;
}

/** The commune's current draft (autosaved by the task pane), as stored. */
export interface DraftCandidate {
  /** ISO instant of its last save. */
  readonly savedAt: string;
  readonly submission: Submission;
}

/** What a prefilled template starts from, and the inventory to write in it. */
export type Prefill =
  | { readonly source: "validee"; readonly fromVersion: number; readonly submission: Submission }
  | { readonly source: "brouillon"; readonly savedAt: string; readonly submission: Submission };

/**
 * What a DGS expects a prefilled template to hold: the latest state of the inventory the commune
 * worked on. Its draft when it was saved after the last validated version was deposited (work in
 * progress is never thrown away), or when nothing was validated yet; otherwise the last validated
 * version, as a new campaign's starting point: its date of état des lieux cleared (it must be
 * established anew). Either way, the inventory is shown in the current template version.
 * Undefined when there is neither.
 */
export function choosePrefill(candidates: { readonly validated?: ValidatedCandidate; readonly draft?: DraftCandidate }, templateVersion: string): Prefill | undefined {
  const { validated, draft } = candidates;
  if (draft && (!validated || Date.parse(draft.savedAt) > Date.parse(validated.submittedAt))) {
    const submission = { ...draft.submission, inventory: { ...draft.submission.inventory, templateVersion } };
    return { source: "brouillon", savedAt: draft.savedAt, submission };
  }
  if (!validated) return undefined;
  const submission = { ...validated.submission, inventory: { ...validated.submission.inventory, etatDesLieux: null, templateVersion } };
  return { source: "validee", fromVersion: validated.version, submission };
}
