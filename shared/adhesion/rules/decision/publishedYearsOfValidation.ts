import { adhesionChanges } from "../../adhesionChanges";
import { publishedYearsChanged, type PublishedYear } from "../../publishedYearsChanged";
import type { DecisionContext } from "./DecisionContext";

/** The published years a validation would change: the new selection from its effective date (none for a return). */
export function publishedYearsOfValidation({ decision, version, history, published }: DecisionContext): PublishedYear[] {
  if (decision.decision !== "validate") return [];
  return publishedYearsChanged(adhesionChanges(history), { date: decision.effectiveFrom, kind: "selection", refs: version.refs }, published);
}
