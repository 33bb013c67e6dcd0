import { domainsComeWithSetC } from "../../../../../shared/checks/rules/completeness/domainsComeWithSetC";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";

const complete = aCompleteSubmission();

describe("completeness.domainWithoutSetC", () => {
  test("domains with set C, or no domain at all, are fine", () => {
    expect(findingsOf(domainsComeWithSetC, complete)).toEqual([]);
    expect(findingsOf(domainsComeWithSetC, { ...complete, sets: ["A"], domains: [] })).toEqual([]);
  });

  test("domains without set C are reported at the set C box, by number and name", () => {
    const findings = findingsOf(domainsComeWithSetC, { ...complete, sets: ["A", "B"], domains: [3, 5] });
    expect(summarise(findings)).toEqual([{ ruleId: "completeness.domainWithoutSetC", cell: "set:C" }]);
    expect(findings[0]?.message).toBe(
      "Domaines fonctionnels : les domaines 3 (Finances), 5 (Etat-civil) sont cochés sans l'ensemble C ; cochez l'ensemble C ou décochez ces domaines.",
    );
  });

  test("one domain is spoken of in the singular", () => {
    const [finding] = findingsOf(domainsComeWithSetC, { ...complete, sets: ["B"], domains: [6] });
    expect(finding?.message).toBe("Domaines fonctionnels : le domaine 6 (Elections) est coché sans l'ensemble C ; cochez l'ensemble C ou décochez ce domaine.");
  });
});
