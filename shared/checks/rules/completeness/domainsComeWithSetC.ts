import { domainByNumber, isDomainNumber } from "../../../catalogue/functionalDomains";
import { createFinding } from "../../createFinding";
import type { Rule } from "../../rule";

/** Functional domains are chosen only together with set C. */
export const domainsComeWithSetC: Rule = {
  id: "completeness.domainWithoutSetC",
  severity: "error",
  description: "Des domaines fonctionnels ne sont choisis qu'avec l'ensemble C.",
  check: (context) => {
    const { sets, domains } = context.submission;
    if (sets.includes("C") || domains.length === 0) return [];
    const names = domains.filter(isDomainNumber).map((domain) => `${domain} (${domainByNumber(domain).label})`);
    const one = names.length === 1;
    return [
      createFinding(context, domainsComeWithSetC, {
        sectionId: "adhesion",
        ref: { kind: "set", set: "C" },
        message:
          `Domaines fonctionnels : ${one ? "le domaine" : "les domaines"} ${names.join(", ")} ${one ? "est coché" : "sont cochés"} sans l'ensemble C ; ` +
          `cochez l'ensemble C ou décochez ${one ? "ce domaine" : "ces domaines"}.`,
      }),
    ];
  },
};
