import { etatDesLieuxIsDated } from "../../../../../shared/checks/rules/completeness/etatDesLieuxIsDated";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";
import { withInventory } from "../../support/edit";

const complete = aCompleteSubmission();

describe("completeness.etatDesLieuxDate", () => {
  test("a dated inventory is fine", () => {
    expect(findingsOf(etatDesLieuxIsDated, complete)).toEqual([]);
  });

  test("a missing date is reported at the date cell", () => {
    const findings = findingsOf(etatDesLieuxIsDated, withInventory(complete, { etatDesLieux: null }));
    expect(summarise(findings)).toEqual([{ ruleId: "completeness.etatDesLieuxDate", cell: "identity:etatDesLieux" }]);
    expect(findings[0]).toMatchObject({ severity: "error", sectionId: "identite" });
  });
});
