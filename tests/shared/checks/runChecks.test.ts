import { runChecks } from "../../../shared/checks/runChecks";
import { aCompleteSubmission, TODAY } from "./support/aCompleteSubmission";
import { check, summarise } from "./support/check";
import { withAnswer, withBlockAnswer, withInventory } from "./support/edit";
import { fakeLocate } from "./support/fakeLocate";

describe("runChecks", () => {
  test("a complete inventory (sets A+B+C, three domains, four blocks) passes with zero findings", () => {
    const report = check(aCompleteSubmission());
    expect(report).toEqual({ findings: [], errorCount: 0, warningCount: 0, ok: true });
  });

  test.each([
    ["A only", { sets: ["A"] as const, blocks: {} }],
    ["B only, no block", { sets: ["B"] as const, blocks: {} }],
    ["B with wifi and video sans objet", { sets: ["B"] as const, notApplicable: ["wifi", "video"] as const }],
    ["C only, domain 15 (the addition)", { sets: ["C"] as const, domains: [15] as const, blocks: {} }],
    ["A and C, a block described anyway", { sets: ["A", "C"] as const, domains: [5] as const, blocks: { isole: 1 } }],
  ])("a complete inventory for %s passes", (_, shape) => {
    expect(check(aCompleteSubmission(shape)).findings).toEqual([]);
  });

  test("set A needs the SIG row, not the infrastructure", () => {
    const submission = aCompleteSubmission({ sets: ["A"], blocks: {} });
    expect(submission.inventory.answers["infra.firewall"]).toBeUndefined();
    expect(check(submission).ok).toBe(true);
    expect(summarise(check(withAnswer(submission, "infra.sig", undefined)).findings)).toEqual([
      { ruleId: "completeness.requiredRow", rowId: "infra.sig", cell: "row:infra.sig:description" },
    ]);
  });

  test("set B needs the rows of every block present", () => {
    const submission = withBlockAnswer(aCompleteSubmission(), "interconnexion", 0, "site.accesInternet", undefined);
    const [finding, ...others] = check(submission).findings;
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: "completeness.requiredRow",
      severity: "error",
      sectionId: "blocks.interconnexion.1",
      rowId: "site.accesInternet",
      cell: "blockRow:interconnexion:0:site.accesInternet:description",
    });
  });

  test("set C needs only the sections of the chosen domains", () => {
    const submission = aCompleteSubmission({ sets: ["C"], domains: [3], blocks: {} });
    expect(submission.inventory.answers["app1.courrier"]).toBeUndefined();
    expect(check(submission).ok).toBe(true);
    expect(summarise(check(withAnswer(submission, "app3.helios", undefined)).findings)).toEqual([
      { ruleId: "completeness.requiredRow", rowId: "app3.helios", cell: "row:app3.helios:quantity" },
    ]);
  });

  test("the totals are required whatever the sets", () => {
    const submission = withAnswer(aCompleteSubmission({ sets: ["A"], blocks: {} }), "reseau.totalAgents", undefined);
    expect(summarise(check(submission).findings)).toEqual([
      { ruleId: "completeness.requiredRow", rowId: "reseau.totalAgents", cell: "row:reseau.totalAgents:quantity" },
    ]);
  });

  test("findings come in the sheet's order, not the rules' order", () => {
    let submission = withInventory(aCompleteSubmission(), { etatDesLieux: "2026-01-01", referents: [{ nom: "Martin", prenom: "", fonction: "", telephone: "", email: "x" }] });
    submission = withAnswer(submission, "app16.sites", { quantity: -2, description: "Site" });
    submission = withBlockAnswer(submission, "fibre", 1, "site.reseau", undefined);
    submission = withAnswer(submission, "infra.sig", undefined);
    expect(summarise(check(submission).findings).map(({ cell }) => cell)).toEqual([
      "identity:etatDesLieux",
      "referent:0:prenom",
      "referent:0:fonction",
      "referent:0:telephone",
      "referent:0:email",
      "row:infra.sig:description",
      "blockRow:fibre:1:site.reseau:description",
      "row:app16.sites:quantity",
    ]);
  });

  test("errors block (ok is false), warnings alone do not", () => {
    const warned = withInventory(aCompleteSubmission(), { referents: [{ ...aCompleteSubmission().inventory.referents[0]!, telephone: "12 34" }] });
    expect(check(warned)).toMatchObject({ errorCount: 0, warningCount: 1, ok: true });
    const failed = withAnswer(warned, "infra.firewall", undefined);
    expect(check(failed)).toMatchObject({ errorCount: 1, warningCount: 1, ok: false });
  });

  test("the état des lieux is valid 6 months by default, or as long as the campaign says", () => {
    const submission = aCompleteSubmission();
    expect(check(submission, { today: "2025-07-15" }).ok).toBe(true);
    expect(check(submission, { today: "2025-07-16" }).findings.map((finding) => finding.ruleId)).toEqual(["freshness.maxAge"]);
    expect(check(submission, { today: "2025-07-16", maxAgeMonths: 12 }).ok).toBe(true);
  });

  test("a cell the sheet does not have gets no address", () => {
    const report = runChecks(withAnswer(aCompleteSubmission(), "infra.firewall", undefined), { today: TODAY, locate: () => undefined });
    expect(report.findings[0]).not.toHaveProperty("cell");
    expect(report.findings[0]?.ref).toEqual({ kind: "row", rowId: "infra.firewall", column: "description" });
  });

  test("a bad day of check or maximum age is the caller's bug and throws", () => {
    expect(() => runChecks(aCompleteSubmission(), { today: "01/03/2025", locate: fakeLocate })).toThrow(RangeError);
    expect(() => runChecks(aCompleteSubmission(), { today: TODAY, maxAgeMonths: 1.5, locate: fakeLocate })).toThrow(RangeError);
  });
});
