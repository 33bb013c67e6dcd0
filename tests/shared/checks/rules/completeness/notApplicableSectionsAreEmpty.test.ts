import { notApplicableSectionsAreEmpty } from "../../../../../shared/checks/rules/completeness/notApplicableSectionsAreEmpty";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withAnswer } from "../../support/edit";

const sansObjet = aCompleteSubmission({ notApplicable: ["wifi", "video"] });

describe("completeness.notApplicableSection", () => {
  test("an empty section declared sans objet is fine", () => {
    expect(findingsOf(notApplicableSectionsAreEmpty, sansObjet)).toEqual([]);
  });

  test("a section declared sans objet with answers is a warning naming the answered rows", () => {
    const submission = withAnswer(withAnswer(sansObjet, "video.cameras", { quantity: 0 }), "video.autres", { description: "Enregistreur" });
    expect(findingsOf(notApplicableSectionsAreEmpty, submission)).toEqual([
      {
        ruleId: "completeness.notApplicableSection",
        severity: "warning",
        sectionId: "video",
        ref: { kind: "notApplicable", sectionId: "video" },
        cell: "notApplicable:video",
        message:
          "Vidéoprotection urbaine et de bâtiments : la rubrique est déclarée « sans objet », mais les lignes « Caméras », « Autres » sont renseignées ; " +
          "effacez ces réponses ou retirez la mention « sans objet ».",
      },
    ]);
  });

  test("a description of spaces is no answer", () => {
    expect(findingsOf(notApplicableSectionsAreEmpty, withAnswer(sansObjet, "wifi.bornes", { description: "  " }))).toEqual([]);
  });
});
