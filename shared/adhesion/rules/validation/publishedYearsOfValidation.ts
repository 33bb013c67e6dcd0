import { adhesionChanges } from "../../adhesionChanges";
import { publishedYearsChanged, type PublishedYear } from "../../publishedYearsChanged";
import type { ValidationContext } from "./ValidationContext";

/** The published years a validation would change: the new selection from its effective date. */
export function publishedYearsOfValidation({ effectiveFrom, refs, history, published }: ValidationContext): PublishedYear[] {
  return publishedYearsChanged(adhesionChanges(history), { date: effectiveFrom, kind: "selection", refs }, published);
}
