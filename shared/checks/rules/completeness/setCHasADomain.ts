import { createFinding } from "../../createFinding";
import type { Rule } from "../../rule";

/** Choosing set C means choosing at least one functional domain. */
export const setCHasADomain: Rule = {
  id: "completeness.domain",
  severity: "error",
  description: "L'ensemble C est choisi avec au moins un domaine fonctionnel.",
  check: (context) => {
    const { sets, domains } = context.submission;
    if (!sets.includes("C") || domains.length > 0) return [];
    return [
      createFinding(context, setCHasADomain, {
        sectionId: "adhesion",
        ref: { kind: "domain", domain: 1 },
        message: "Ensemble C (solutions fonctionnelles et applicatives) : choisissez au moins un domaine fonctionnel.",
      }),
    ];
  },
};
