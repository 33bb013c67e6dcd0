import { REFERENT_FIELDS, type Referent } from "../../../inventory/referent";
import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import { referentPlace, startedReferents } from "../../model/startedReferents";
import type { Rule } from "../../rule";

const ASK: Record<keyof Referent, string> = {
  nom: "le nom",
  prenom: "le prénom",
  fonction: "la fonction",
  telephone: "le numéro de téléphone",
  email: "l'adresse email",
};

/** At least one référent is named, and every référent started has all five fields filled. */
export const referentsAreComplete: Rule = {
  id: "completeness.referent",
  severity: "error",
  description: "Au moins un référent est indiqué, et chaque référent a son nom, son prénom, sa fonction, son téléphone et son email.",
  check: (context) => {
    const started = startedReferents(context.submission.inventory.referents);
    if (started.length === 0) {
      return [
        createFinding(context, referentsAreComplete, {
          sectionId: "referents",
          ref: { kind: "referent", index: 0, field: "nom" },
          message: "Référents : indiquez au moins un référent, avec son nom, son prénom, sa fonction, son téléphone et son email.",
        }),
      ];
    }
    return started.flatMap((referent) =>
      REFERENT_FIELDS.filter(({ key }) => isBlank(referent.referent[key])).map(({ key }) =>
        createFinding(context, referentsAreComplete, {
          sectionId: "referents",
          ref: { kind: "referent", index: referent.index, field: key },
          message: `${referentPlace(referent)} : indiquez ${ASK[key]}.`,
        }),
      ),
    );
  },
};
