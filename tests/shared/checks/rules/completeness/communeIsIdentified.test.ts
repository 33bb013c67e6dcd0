import { communeIsIdentified } from "../../../../../shared/checks/rules/completeness/communeIsIdentified";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";

const complete = aCompleteSubmission();

describe("completeness.identity", () => {
  test("the commune's name and INSEE code are filled", () => {
    expect(findingsOf(communeIsIdentified, complete)).toEqual([]);
  });

  test("a blank name or code is reported at its cell", () => {
    const findings = findingsOf(communeIsIdentified, { ...complete, commune: { name: "  ", insee: "" } });
    expect(summarise(findings)).toEqual([
      { ruleId: "completeness.identity", cell: "identity:name" },
      { ruleId: "completeness.identity", cell: "identity:insee" },
    ]);
    expect(findings[0]?.message).toBe("Identification de la commune : indiquez le nom de la commune.");
  });
});
