import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import { referentPlace, startedReferents } from "../../model/startedReferents";
import type { Rule } from "../../rule";

const LOCAL = "[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const EMAIL = new RegExp(`^${LOCAL}@(?:${LABEL}\\.)+[A-Za-z]{2,}$`);

/** True when the text is an ordinary email address (`prenom.nom@mairie.fr`). */
export function isValidEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Every référent's email, when filled, is a valid address. */
export const referentEmailsAreValid: Rule = {
  id: "quality.email",
  severity: "error",
  description: "L'adresse email de chaque référent est valide.",
  check: (context) =>
    startedReferents(context.submission.inventory.referents)
      .filter(({ referent }) => !isBlank(referent.email) && !isValidEmail(referent.email))
      .map((started) =>
        createFinding(context, referentEmailsAreValid, {
          sectionId: "referents",
          ref: { kind: "referent", index: started.index, field: "email" },
          message: `${referentPlace(started)} : l'adresse email « ${started.referent.email.trim()} » n'est pas valide (exemple : prenom.nom@mairie.fr).`,
        }),
      ),
};
