import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import { referentPlace, startedReferents } from "../../model/startedReferents";
import type { Rule } from "../../rule";

/** 0X XX XX XX XX, or +33 (or 0033, with an optional "(0)"), metropolitan or overseas departments. */
const FRENCH_PHONE = /^(?:0|(?:\+|00)(?:33|262|590|594|596)(?:\(0\))?)[1-9]\d{8}$/;

/** True when the text looks like a French phone number, whatever its separators (spaces, dots, dashes). */
export function looksLikeFrenchPhone(text: string): boolean {
  return FRENCH_PHONE.test(text.replace(/[\s.\-/]/g, ""));
}

/** Every référent's phone, when filled, looks like a French number (a warning: it may still be right). */
export const referentPhonesLookFrench: Rule = {
  id: "quality.phone",
  severity: "warning",
  description: "Le téléphone de chaque référent ressemble à un numéro français (avertissement).",
  check: (context) =>
    startedReferents(context.submission.inventory.referents)
      .filter(({ referent }) => !isBlank(referent.telephone) && !looksLikeFrenchPhone(referent.telephone))
      .map((started) =>
        createFinding(context, referentPhonesLookFrench, {
          sectionId: "referents",
          ref: { kind: "referent", index: started.index, field: "telephone" },
          message:
            `${referentPlace(started)} : le numéro « ${started.referent.telephone.trim()} » ne ressemble pas à un numéro de téléphone français ` +
            "(exemple : 03 80 12 34 56 ou +33 3 80 12 34 56) ; vérifiez-le.",
        }),
      ),
};
