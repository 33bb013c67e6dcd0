import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import type { Rule } from "../../rule";

/** A commune files for itself: the document's INSEE code is the caller's commune (when the caller may only file for its own). */
export const communeIsTheFilers: Rule = {
  id: "completeness.ownCommune",
  severity: "error",
  description: "Une commune ne dépose que sa propre description organique.",
  check: (context) => {
    const { insee } = context.submission.commune;
    if (context.expectedInsee === undefined || isBlank(insee) || insee === context.expectedInsee) return [];
    return [
      createFinding(context, communeIsTheFilers, {
        sectionId: "identite",
        ref: { kind: "identity", field: "insee" },
        message: `Identification de la commune : ce document concerne la commune ${insee}, pas la vôtre (${context.expectedInsee}) : corrigez le code INSEE.`,
      }),
    ];
  },
};
