import { createFinding } from "../../createFinding";
import type { Rule } from "../../rule";

/** The commune chooses at least one service set. */
export const aSetIsChosen: Rule = {
  id: "completeness.set",
  severity: "error",
  description: "Au moins un ensemble de services (A, B ou C) est choisi.",
  check: (context) =>
    context.submission.sets.length > 0
      ? []
      : [
          createFinding(context, aSetIsChosen, {
            sectionId: "adhesion",
            ref: { kind: "set", set: "A" },
            message: "Ensembles de services : choisissez au moins un ensemble (A, B ou C).",
          }),
        ],
};
