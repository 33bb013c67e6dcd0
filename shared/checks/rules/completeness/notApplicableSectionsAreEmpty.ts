import type { Answer } from "../../../inventory/inventorySchema";
import { SECTIONS } from "../../../inventory/descriptionOrganique";
import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import { rowSlots } from "../../model/rowSlots";
import type { Rule } from "../../rule";

function isAnswered(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.quantity !== undefined || !isBlank(answer.description));
}

/** A section declared "sans objet" has no answers (otherwise: which is true?). */
export const notApplicableSectionsAreEmpty: Rule = {
  id: "completeness.notApplicableSection",
  severity: "warning",
  description: "Une rubrique déclarée « sans objet » n'a pas de réponses.",
  check: (context) => {
    const answered = rowSlots(context.submission.inventory).filter((slot) => slot.notApplicable && isAnswered(slot.answer));
    return SECTIONS.flatMap((section) => {
      const labels = answered.filter((slot) => slot.sectionId === section.id).map((slot) => `« ${slot.row.label} »`);
      if (labels.length === 0) return [];
      const one = labels.length === 1;
      return [
        createFinding(context, notApplicableSectionsAreEmpty, {
          sectionId: section.id,
          ref: { kind: "notApplicable", sectionId: section.id },
          message:
            `${section.label} : la rubrique est déclarée « sans objet », mais ${one ? "la ligne" : "les lignes"} ${labels.join(", ")} ` +
            `${one ? "est renseignée" : "sont renseignées"} ; effacez ${one ? "cette réponse" : "ces réponses"} ou retirez la mention « sans objet ».`,
        }),
      ];
    });
  },
};
