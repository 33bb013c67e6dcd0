import { createFinding } from "../../createFinding";
import type { Rule } from "../../rule";

/** The inventory carries the date of its état des lieux. */
export const etatDesLieuxIsDated: Rule = {
  id: "completeness.etatDesLieuxDate",
  severity: "error",
  description: "La date de l'état des lieux est renseignée.",
  check: (context) =>
    context.submission.inventory.etatDesLieux !== null
      ? []
      : [
          createFinding(context, etatDesLieuxIsDated, {
            sectionId: "identite",
            ref: { kind: "identity", field: "etatDesLieux" },
            message: "Date de l'état des lieux : indiquez la date à laquelle l'inventaire a été établi (JJ/MM/AAAA).",
          }),
        ],
};
