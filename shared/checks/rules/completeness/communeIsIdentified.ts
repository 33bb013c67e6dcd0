import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import type { Rule } from "../../rule";

const FIELDS = [
  { field: "name", text: "indiquez le nom de la commune" },
  { field: "insee", text: "indiquez le code INSEE de la commune (5 caractères, par exemple 21231)" },
] as const;

/** The commune is named and has its INSEE code. */
export const communeIsIdentified: Rule = {
  id: "completeness.identity",
  severity: "error",
  description: "La commune est identifiée : nom et code INSEE renseignés.",
  check: (context) =>
    FIELDS.filter(({ field }) => isBlank(context.submission.commune[field])).map(({ field, text }) =>
      createFinding(context, communeIsIdentified, {
        sectionId: "identite",
        ref: { kind: "identity", field },
        message: `Identification de la commune : ${text}.`,
      }),
    ),
};
