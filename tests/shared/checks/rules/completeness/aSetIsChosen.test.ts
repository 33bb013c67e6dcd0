import { aSetIsChosen } from "../../../../../shared/checks/rules/completeness/aSetIsChosen";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";

const complete = aCompleteSubmission();

describe("completeness.set", () => {
  test("any set chosen is fine", () => {
    expect(findingsOf(aSetIsChosen, complete)).toEqual([]);
    expect(findingsOf(aSetIsChosen, { ...complete, sets: ["B"], domains: [] })).toEqual([]);
  });

  test("no set chosen is reported at the first set's box", () => {
    const findings = findingsOf(aSetIsChosen, { ...complete, sets: [], domains: [] });
    expect(summarise(findings)).toEqual([{ ruleId: "completeness.set", cell: "set:A" }]);
    expect(findings[0]?.message).toBe("Ensembles de services : choisissez au moins un ensemble (A, B ou C).");
  });
});
