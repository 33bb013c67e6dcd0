import { RULES } from "../../../shared/checks/rules";
import { aCompleteSubmission } from "./support/aCompleteSubmission";
import { check } from "./support/check";
import { withAnswer, withInventory } from "./support/edit";

describe("RULES", () => {
  test("every rule has a unique id of the form category.name and a French description", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^(completeness|quality|freshness)\.[a-z][A-Za-z]+$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });

  test("each finding carries its rule's id and severity", () => {
    let submission = withInventory(aCompleteSubmission(), { etatDesLieux: "2030-01-01", referents: [{ nom: "A", prenom: "", fonction: "", telephone: "1", email: "@" }] });
    submission = withAnswer(withAnswer(submission, "app1.courrier", { quantity: 999.5 }), "reseau.totalPostes", { quantity: 1 });
    const findings = check(submission).findings;
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(RULES.find((rule) => rule.id === finding.ruleId)?.severity).toBe(finding.severity);
    }
  });
});
