import { looksLikeFrenchPhone, referentPhonesLookFrench } from "../../../../../shared/checks/rules/quality/referentPhonesLookFrench";
import { aCompleteSubmission, aReferent } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withInventory } from "../../support/edit";

describe("quality.phone", () => {
  test.each(["03 80 12 34 56", "0380123456", "03.80.12.34.56", "06-12-34-56-78", "+33 3 80 12 34 56", "+33 (0)3 80 12 34 56", "0033380123456", "+262 262 12 34 56"])(
    "%s looks French",
    (phone) => expect(looksLikeFrenchPhone(phone)).toBe(true),
  );

  test.each(["12 34", "03 80 12 34", "+44 20 7946 0958", "00 80 12 34 56", "poste 1234"])("%s does not", (phone) => {
    expect(looksLikeFrenchPhone(phone)).toBe(false);
  });

  test("an odd number is only a warning", () => {
    const referents = [aReferent({ telephone: "+44 20 7946 0958" })];
    expect(findingsOf(referentPhonesLookFrench, withInventory(aCompleteSubmission(), { referents }))).toEqual([
      expect.objectContaining({
        ruleId: "quality.phone",
        severity: "warning",
        cell: "referent:0:telephone",
        message:
          "Référent n° 1 (Claire Martin) : le numéro « +44 20 7946 0958 » ne ressemble pas à un numéro de téléphone français " +
          "(exemple : 03 80 12 34 56 ou +33 3 80 12 34 56) ; vérifiez-le.",
      }),
    ]);
  });
});
