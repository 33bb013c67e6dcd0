import { isValidEmail, referentEmailsAreValid } from "../../../../../shared/checks/rules/quality/referentEmailsAreValid";
import { aCompleteSubmission, aReferent } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withInventory } from "../../support/edit";

describe("quality.email", () => {
  test.each(["claire.martin@mairie-exemple.fr", "dgs@ville-talant.fr", "j.o'neil+adhesion@dijon.fr", " dgs@chenove.fr "])("%s is valid", (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  test.each(["claire.martin@", "claire martin@mairie.fr", "@mairie.fr", "dgs@mairie", "dgs@@mairie.fr", "dgs.@mairie.fr", "dgs@-mairie.fr"])("%s is not", (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  test("an invalid email is an error at its cell; a blank one is left to completeness", () => {
    const referents = [aReferent({ email: "" }), aReferent({ email: "claire.martin@mairie" })];
    expect(findingsOf(referentEmailsAreValid, withInventory(aCompleteSubmission(), { referents }))).toEqual([
      expect.objectContaining({
        ruleId: "quality.email",
        severity: "error",
        cell: "referent:1:email",
        message: "Référent n° 2 (Claire Martin) : l'adresse email « claire.martin@mairie » n'est pas valide (exemple : prenom.nom@mairie.fr).",
      }),
    ]);
  });
});
