import { referentsAreWithinLimit } from "../../../../../shared/checks/rules/quality/referentsAreWithinLimit";
import { aCompleteSubmission, aReferent } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withInventory } from "../../support/edit";

const blank = { nom: "", prenom: "", fonction: "", telephone: "", email: "" };
const withReferents = (referents: (typeof blank)[]) => withInventory(aCompleteSubmission(), { referents });
const several = (count: number) => Array.from({ length: count }, (_, index) => aReferent({ nom: `Agent${index + 1}` }));

describe("quality.referentCount", () => {
  test("six référents, and blank rows besides, are fine", () => {
    expect(findingsOf(referentsAreWithinLimit, withReferents([...several(3), blank, blank, ...several(3)]))).toEqual([]);
  });

  test("a seventh référent is an error at its row", () => {
    expect(findingsOf(referentsAreWithinLimit, withReferents([blank, ...several(8)]))).toEqual([
      expect.objectContaining({
        ruleId: "quality.referentCount",
        severity: "error",
        cell: "referent:7:nom",
        message: "Référents : 8 référents sont indiqués, la convention en admet 6 au plus ; retirez-en 2.",
      }),
    ]);
  });
});
