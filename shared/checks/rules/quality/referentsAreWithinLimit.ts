import { MAX_REFERENTS } from "../../../inventory/referent";
import { createFinding } from "../../createFinding";
import { startedReferents } from "../../model/startedReferents";
import type { Rule } from "../../rule";

/** The commune names at most six référents (blank référent rows do not count). */
export const referentsAreWithinLimit: Rule = {
  id: "quality.referentCount",
  severity: "error",
  description: `La commune désigne au plus ${MAX_REFERENTS} référents.`,
  check: (context) => {
    const started = startedReferents(context.submission.inventory.referents);
    const first = started[MAX_REFERENTS];
    if (first === undefined) return [];
    const extra = started.length - MAX_REFERENTS;
    return [
      createFinding(context, referentsAreWithinLimit, {
        sectionId: "referents",
        ref: { kind: "referent", index: first.index, field: "nom" },
        message: `Référents : ${started.length} référents sont indiqués, la convention en admet ${MAX_REFERENTS} au plus ; retirez-en ${extra}.`,
      }),
    ];
  },
};
