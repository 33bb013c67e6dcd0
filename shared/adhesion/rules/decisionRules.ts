import { firstRefusals, type AdhesionRule, type RuleRefusal } from "./AdhesionRule";
import type { DecisionContext } from "./decision/DecisionContext";
import { effectiveDateIsPlausible } from "./decision/effectiveDateIsPlausible";
import { etatDesLieuxStillFresh } from "./decision/etatDesLieuxStillFresh";
import { validationPublishedYearsAcknowledged } from "./decision/validationPublishedYearsAcknowledged";
import { versionAwaitsDecision } from "./decision/versionAwaitsDecision";
import { versionIsTheLatest } from "./decision/versionIsTheLatest";

/** The rules of a staff decision on a version (PRODUCT.md §4), in the order they are checked. */
export const DECISION_RULES: readonly AdhesionRule<DecisionContext>[] = [
  versionAwaitsDecision,
  versionIsTheLatest,
  effectiveDateIsPlausible,
  etatDesLieuxStillFresh,
  validationPublishedYearsAcknowledged,
];

/** Why a decision cannot be recorded on this version as things stand (empty: it can). */
export function checkDecision(context: DecisionContext): RuleRefusal[] {
  return firstRefusals(DECISION_RULES, context);
}
