import { quantitiesArePlausible } from "../../../../../shared/checks/rules/quality/quantitiesArePlausible";
import { MAX_PLAUSIBLE_QUANTITY, MAX_QUANTITY } from "../../../../../shared/inventory/maxPlausibleQuantity";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { check, findingsOf, summarise } from "../../support/check";
import { withAnswer, withBlockAnswer } from "../../support/edit";

const complete = aCompleteSubmission({ blocks: { fibre: 1 } });

describe("quality.quantityRange", () => {
  test("the limit of key figures is 100 000 000, itself accepted, on counts and measures alike", () => {
    expect(MAX_PLAUSIBLE_QUANTITY).toBe(100_000_000);
    let submission = withAnswer(complete, "reseau.totalAgents", { quantity: 100_000_000 });
    submission = withAnswer(submission, "reseau.fibreKm", { quantity: 99_999_999.5 });
    expect(findingsOf(quantitiesArePlausible, submission)).toEqual([]);
    expect(findingsOf(quantitiesArePlausible, complete)).toEqual([]);
  });

  test("one more is refused, naming the row, the value typed and the limit", () => {
    const [finding, ...others] = findingsOf(quantitiesArePlausible, withAnswer(complete, "reseau.totalAgents", { quantity: 100_000_001 }));
    expect(others).toEqual([]);
    expect(finding).toEqual({
      ruleId: "quality.quantityRange",
      severity: "error",
      sectionId: "reseau",
      rowId: "reseau.totalAgents",
      ref: { kind: "row", rowId: "reseau.totalAgents", column: "quantity" },
      cell: "row:reseau.totalAgents:quantity",
      message: "Nombre total d'agents (Réseau de la Collectivité) : valeur invraisemblable (100\u00a0000\u00a0001 saisi) : 100\u00a0000\u00a0000 au plus — vérifiez la saisie.",
    });
  });

  test("1e300 is refused, written so a reader can tell its size", () => {
    const [finding] = findingsOf(quantitiesArePlausible, withAnswer(complete, "reseau.totalAgents", { quantity: 1e300 }));
    expect(finding?.message).toBe(
      "Nombre total d'agents (Réseau de la Collectivité) : valeur invraisemblable (1\u00a0×\u00a010³⁰⁰ saisi) : 100\u00a0000\u00a0000 au plus — vérifiez la saisie.",
    );
  });

  test("every figure a distribution key reads is covered: the network section's totals and measures, block rows and application rows", () => {
    let submission = complete;
    for (const rowId of ["reseau.totalSites", "reseau.totalAgents", "reseau.totalPostes", "reseau.fibreKm", "app1.courrier"]) {
      submission = withAnswer(submission, rowId, { quantity: 1e300, description: "x" });
    }
    submission = withBlockAnswer(submission, "fibre", 0, "site.posteFixe", { quantity: 2e9 });
    expect(summarise(findingsOf(quantitiesArePlausible, submission))).toEqual([
      { ruleId: "quality.quantityRange", rowId: "reseau.totalSites", cell: "row:reseau.totalSites:quantity" },
      { ruleId: "quality.quantityRange", rowId: "reseau.totalAgents", cell: "row:reseau.totalAgents:quantity" },
      { ruleId: "quality.quantityRange", rowId: "reseau.totalPostes", cell: "row:reseau.totalPostes:quantity" },
      { ruleId: "quality.quantityRange", rowId: "reseau.fibreKm", cell: "row:reseau.fibreKm:quantity" },
      { ruleId: "quality.quantityRange", rowId: "site.posteFixe", cell: "blockRow:fibre:0:site.posteFixe:quantity" },
      { ruleId: "quality.quantityRange", rowId: "app1.courrier", cell: "row:app1.courrier:quantity" },
    ]);
  });

  test("other quantities (a file server's files, a monthly backup volume) may be far larger: 15 digits at most", () => {
    expect(MAX_QUANTITY).toBe(999_999_999_999_999);
    let submission = withAnswer(complete, "infra.serveurFichiers", { quantity: 450_000_000, description: "NAS Synology" });
    submission = withAnswer(submission, "infra.sauvegarde", { quantity: MAX_QUANTITY });
    expect(findingsOf(quantitiesArePlausible, submission)).toEqual([]);
    const [finding, ...others] = findingsOf(quantitiesArePlausible, withAnswer(submission, "infra.sauvegarde", { quantity: 1e15 }));
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ rowId: "infra.sauvegarde", message: expect.stringMatching(/valeur invraisemblable \(1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000 saisi\) : 999\u00a0999\u00a0999\u00a0999\u00a0999 au plus/) });
  });

  test("runs with every check: a submission claiming 1e300 agents is not ok any more", () => {
    const report = check(withAnswer(complete, "reseau.totalAgents", { quantity: 1e300 }));
    expect(report.ok).toBe(false);
    expect(summarise(report.findings)).toEqual([{ ruleId: "quality.quantityRange", rowId: "reseau.totalAgents", cell: "row:reseau.totalAgents:quantity" }]);
  });
});
