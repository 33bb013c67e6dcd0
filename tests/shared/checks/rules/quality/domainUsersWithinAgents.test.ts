import { domainUsersWithinAgents } from "../../../../../shared/checks/rules/quality/domainUsersWithinAgents";
import { aCompleteSubmission, TOTAL_AGENTS } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withAnswer } from "../../support/edit";

const complete = aCompleteSubmission();

describe("quality.domainUsers", () => {
  test("as many users as agents is fine", () => {
    expect(findingsOf(domainUsersWithinAgents, withAnswer(complete, "app1.courrier", { quantity: TOTAL_AGENTS, description: "Maarch" }))).toEqual([]);
  });

  test("more users than agents is a warning giving both figures", () => {
    const findings = findingsOf(domainUsersWithinAgents, withAnswer(complete, "app1.courrier", { quantity: 250, description: "Maarch" }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "quality.domainUsers",
        severity: "warning",
        sectionId: "app1",
        rowId: "app1.courrier",
        cell: "row:app1.courrier:quantity",
        message: "Courrier (Applicatifs Administration Générale) : 250 utilisateurs indiqués, plus que le nombre total d'agents (200) ; vérifiez ces deux chiffres.",
      }),
    ]);
  });

  test("only application rows are compared, and only with a total of agents", () => {
    expect(findingsOf(domainUsersWithinAgents, withAnswer(complete, "infra.annuaire", { quantity: 900, description: "AD" }))).toEqual([]);
    const noAgents = withAnswer(withAnswer(complete, "reseau.totalAgents", undefined), "app3.fiscalite", { quantity: 900, description: "X" });
    expect(findingsOf(domainUsersWithinAgents, noAgents)).toEqual([]);
  });
});
