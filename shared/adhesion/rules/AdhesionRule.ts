/**
 * Why a rule refuses a command: invalid input (400, the field is wrong whatever the state), a
 * conflict with the recorded state (409), or content that cannot be accepted as it is (422).
 */
export type RefusalKind = "input" | "state" | "content";

/** What a rule of the adhesion lifecycle finds: the rule, the kind, the fields concerned and a French message that says what to do. */
export interface RuleRefusal {
  readonly ruleId: string;
  readonly kind: RefusalKind;
  /** Field paths of the command concerned (`date`, `sets`, `effectiveFrom`…). */
  readonly fields: readonly string[];
  readonly message: string;
  /** A stable code for the answer (`etat_des_lieux_perime`…), when clients act on it. */
  readonly code?: string;
}

/** A named business rule on a lifecycle command (an event, a validation, an erasure): one signature, refusals as values. */
export interface AdhesionRule<Context> {
  /** `lifecycle.definitiveExclusionFollowsNotice`… */
  readonly id: string;
  /** What the rule enforces, in French. */
  readonly description: string;
  readonly check: (context: Context) => RuleRefusal[];
}

/**
 * The refusals of the first rule, in order, that refuses anything (later rules may rely on the
 * earlier ones: a date checked plausible, a validated adhesion…); empty when every rule accepts.
 */
export function firstRefusals<Context>(rules: readonly AdhesionRule<Context>[], context: Context): RuleRefusal[] {
  for (const rule of rules) {
    const refusals = rule.check(context);
    if (refusals.length > 0) return refusals;
  }
  return [];
}

/** A refusal by `rule`. */
export function refusal(rule: { readonly id: string }, kind: RefusalKind, fields: readonly string[], message: string, code?: string): RuleRefusal {
  return { ruleId: rule.id, kind, fields, message, ...(code ? { code } : {}) };
}
