import type { CheckContext } from "./checkContext";
import type { Finding, Severity } from "./finding";

/** The identity of a rule: its id (`completeness.requiredRow`) and the severity of what it finds. */
export interface RuleIdentity {
  readonly id: string;
  readonly severity: Severity;
}

/** A named business rule on a description organique: one signature, findings as values. */
export interface Rule extends RuleIdentity {
  /** French description of what the rule checks (documented by the API). */
  readonly description: string;
  readonly check: (context: CheckContext) => Finding[];
}
