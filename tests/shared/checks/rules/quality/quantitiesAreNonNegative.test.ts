import { quantitiesAreNonNegative } from "../../../../../shared/checks/rules/quality/quantitiesAreNonNegative";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";
import { withAnswer, withBlockAnswer } from "../../support/edit";

const complete = aCompleteSubmission();

describe("quality.quantity", () => {
  test("whole counts and non-negative measures are fine", () => {
    expect(findingsOf(quantitiesAreNonNegative, withAnswer(complete, "infra.sauvegarde", { quantity: 0.75, description: "Veeam" }))).toEqual([]);
  });

  test("a count that is not a whole number is an error", () => {
    const [finding] = findingsOf(quantitiesAreNonNegative, withAnswer(complete, "infra.messagerie", { quantity: 2.5, description: "Exchange" }));
    expect(finding).toMatchObject({
      ruleId: "quality.quantity",
      severity: "error",
      rowId: "infra.messagerie",
      cell: "row:infra.messagerie:quantity",
      message: "Messagerie électronique (Sites \"datacenters\" et services centraux d'infrastructure) : indiquez un nombre entier, positif ou nul (et non 2,5).",
    });
  });

  test("a negative count or measure is an error, in blocks and « Autres » rows too", () => {
    let submission = withAnswer(complete, "reseau.fibreKm", { quantity: -1.5 });
    submission = withBlockAnswer(submission, "isole", 0, "site.copieurs", { quantity: -1 });
    submission = withAnswer(submission, "poste.autres", { quantity: -3 });
    const findings = findingsOf(quantitiesAreNonNegative, submission);
    expect(summarise(findings)).toEqual([
      { ruleId: "quality.quantity", rowId: "reseau.fibreKm", cell: "row:reseau.fibreKm:quantity" },
      { ruleId: "quality.quantity", rowId: "site.copieurs", cell: "blockRow:isole:0:site.copieurs:quantity" },
      { ruleId: "quality.quantity", rowId: "poste.autres", cell: "row:poste.autres:quantity" },
    ]);
    expect(findings[0]?.message).toBe("Fibre optique privative (Réseau de la Collectivité) : indiquez une quantité positive ou nulle (et non -1,5).");
  });
});
