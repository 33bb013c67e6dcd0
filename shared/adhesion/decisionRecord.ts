import { RETURN_REASON_LABELS } from "./decision";
import type { DecisionContext } from "./rules/decision/DecisionContext";
import { publishedYearsOfValidation } from "./rules/decision/publishedYearsOfValidation";
import type { SubmissionStatus } from "./submissionStatus";
import type { TimelineEvent } from "./timelineEvent";

/** A staff decision as recorded on the version. */
export type DecisionOnVersion =
  | { readonly kind: "validate"; readonly decidedAt: string; readonly decidedBy: string; readonly effectiveFrom: string; readonly comment?: string }
  | { readonly kind: "return"; readonly decidedAt: string; readonly decidedBy: string; readonly reason: "incomplete" | "incorrect" | "outdated"; readonly comment: string };

/**
 * What an accepted decision records: the version's new status and decision, its history event (a
 * validation carries the selection from its effective date, and the published years it changes,
 * for finance), and its audit entry.
 */
export function decisionRecord(context: DecisionContext, who: { readonly at: string; readonly by: string }) {
  const { decision, version } = context;
  const status: SubmissionStatus = decision.decision === "validate" ? "validee" : "a_corriger";
  const comment = decision.comment ? { comment: decision.comment } : {};
  if (decision.decision === "validate") {
    const publishedYears = publishedYearsOfValidation(context).map(({ year }) => year);
    const years = publishedYears.length > 0 ? { publishedYears } : {};
    return {
      status,
      decision: { kind: "validate", decidedAt: who.at, decidedBy: who.by, effectiveFrom: decision.effectiveFrom, ...comment } satisfies DecisionOnVersion,
      event: { at: who.at, by: who.by, type: "validation", date: decision.effectiveFrom, sets: version.refs, ...comment, ...years } satisfies Omit<TimelineEvent, "insee" | "id">,
      audit: { at: who.at, actor: who.by, action: "submission.validate", to: status, details: { effectiveFrom: decision.effectiveFrom, ...comment, ...years } },
    };
  }
  return {
    status,
    decision: { kind: "return", decidedAt: who.at, decidedBy: who.by, reason: decision.reason, comment: decision.comment } satisfies DecisionOnVersion,
    event: { at: who.at, by: who.by, type: "retour", reason: decision.reason, comment: decision.comment } satisfies Omit<TimelineEvent, "insee" | "id">,
    audit: { at: who.at, actor: who.by, action: "submission.return", to: status, details: { reason: decision.reason, reasonLabel: RETURN_REASON_LABELS[decision.reason], comment: decision.comment } },
  };
}
