import { setCHasADomain } from "../../../../../shared/checks/rules/completeness/setCHasADomain";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";

const complete = aCompleteSubmission();

describe("completeness.domain", () => {
  test("set C with domains, or no set C, is fine", () => {
    expect(findingsOf(setCHasADomain, complete)).toEqual([]);
    expect(findingsOf(setCHasADomain, { ...complete, sets: ["B"], domains: [] })).toEqual([]);
  });

  test("set C without a domain is reported at the first domain's box", () => {
    expect(summarise(findingsOf(setCHasADomain, { ...complete, domains: [] }))).toEqual([{ ruleId: "completeness.domain", cell: "domain:1" }]);
  });
});
