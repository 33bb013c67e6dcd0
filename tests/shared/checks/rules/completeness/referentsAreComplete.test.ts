import { referentsAreComplete } from "../../../../../shared/checks/rules/completeness/referentsAreComplete";
import { aCompleteSubmission, aReferent } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";
import { withInventory } from "../../support/edit";

const blankReferent = { nom: "", prenom: "", fonction: "", telephone: "", email: "" };
const withReferents = (referents: ReturnType<typeof aReferent>[]) => withInventory(aCompleteSubmission(), { referents });

describe("completeness.referent", () => {
  test("no référent, or only blank rows, asks for one", () => {
    for (const referents of [[], [blankReferent, { ...blankReferent, nom: "   " }]]) {
      expect(findingsOf(referentsAreComplete, withReferents(referents))).toEqual([
        expect.objectContaining({
          ruleId: "completeness.referent",
          sectionId: "referents",
          cell: "referent:0:nom",
          message: "Référents : indiquez au moins un référent, avec son nom, son prénom, sa fonction, son téléphone et son email.",
        }),
      ]);
    }
  });

  test("each missing field of a started référent is reported; blank rows are ignored", () => {
    const referents = [aReferent(), blankReferent, aReferent({ prenom: "Paul", nom: "Durand", telephone: " ", email: "" })];
    const findings = findingsOf(referentsAreComplete, withReferents(referents));
    expect(summarise(findings)).toEqual([
      { ruleId: "completeness.referent", cell: "referent:2:telephone" },
      { ruleId: "completeness.referent", cell: "referent:2:email" },
    ]);
    expect(findings[0]?.message).toBe("Référent n° 3 (Paul Durand) : indiquez le numéro de téléphone.");
  });

  test("a référent without a name is still named by its number", () => {
    const findings = findingsOf(referentsAreComplete, withReferents([aReferent({ nom: "", prenom: "" })]));
    expect(findings.map((finding) => finding.message)).toEqual(["Référent n° 1 : indiquez le nom.", "Référent n° 1 : indiquez le prénom."]);
  });
});
