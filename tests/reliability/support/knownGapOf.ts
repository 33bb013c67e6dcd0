import type { FuzzAnswer } from "./violationsOf";

/**
 * Refusals that still come without a field path, reported to the lead (fix outside the files of
 * this suite: functions/submissions/readSubmissionBody.ts should add a problem at the root path
 * `""`). Each has a `test.failing` in knownGaps.test.ts; remove the entry once fixed.
 */
const GAPS: readonly { readonly name: string; readonly matches: (status: number, body: { error?: { code?: string; message?: string; problems?: unknown[] } }) => boolean }[] = [
  {
    name: "JSON submission that is not an object",
    matches: (status, body) => status === 400 && body.error?.message === "Un objet JSON est attendu." && !body.error.problems,
  },
  {
    name: "unreadable .xlsx workbook",
    matches: (status, body) => status === 422 && body.error?.code === "contenu_refuse" && !body.error.problems && /^(?:fichier illisible|classeur refusé|fichier trop volumineux) : /.test(body.error.message ?? ""),
  },
];

/** The known gap an answer without a field path falls under, if any. */
export function knownGapOf(answer: FuzzAnswer): string | undefined {
  try {
    const body = JSON.parse(answer.text) as Parameters<(typeof GAPS)[number]["matches"]>[1];
    return GAPS.find((gap) => gap.matches(answer.status, body))?.name;
  } catch {
    return undefined;
  }
}
