import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import type { Rule } from "../../rule";

/**
 * The INSEE code is a member commune of the EPCI: a file for another commune (2A004 sent to Dijon
 * Métropole) could never be deposited. Runs where the caller knows the members (the API).
 */
export const communeIsMember: Rule = {
  id: "completeness.communeMember",
  severity: "error",
  description: "Le code INSEE est celui d'une commune membre de l'EPCI.",
  check: (context) => {
    const { insee } = context.submission.commune;
    // Another commune than the filer's own is completeness.ownCommune's to report.
    if (!context.officialName || isBlank(insee) || (context.expectedInsee !== undefined && insee !== context.expectedInsee) || context.officialName(insee) !== undefined) return [];
    return [
      createFinding(context, communeIsMember, {
        sectionId: "identite",
        ref: { kind: "identity", field: "insee" },
        message: `Identification de la commune : le code INSEE ${insee} n'est celui d'aucune commune membre de ${context.epciName ?? "l'EPCI"} ; indiquez le code INSEE de votre commune.`,
      }),
    ];
  },
};
