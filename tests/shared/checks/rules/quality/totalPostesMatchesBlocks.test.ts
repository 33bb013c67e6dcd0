import { totalPostesMatchesBlocks } from "../../../../../shared/checks/rules/quality/totalPostesMatchesBlocks";
import { aCompleteSubmission, POSTES_PER_BLOCK } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withAnswer, withBlockAnswer } from "../../support/edit";

const complete = aCompleteSubmission();
const findings = (submission = complete) => findingsOf(totalPostesMatchesBlocks, submission);

describe("quality.totalPostes", () => {
  test("the total equals fixed + portable + tablet postes over all blocks", () => {
    expect(complete.inventory.answers["reseau.totalPostes"]?.quantity).toBe(4 * POSTES_PER_BLOCK);
    expect(findings()).toEqual([]);
  });

  test("a mismatch gives both figures", () => {
    const submission = withBlockAnswer(complete, "isole", 0, "site.postePortable", { quantity: 1 });
    expect(findings(submission)).toEqual([
      {
        ruleId: "quality.totalPostes",
        severity: "error",
        sectionId: "reseau",
        rowId: "reseau.totalPostes",
        ref: { kind: "row", rowId: "reseau.totalPostes", column: "quantity" },
        cell: "row:reseau.totalPostes:quantity",
        message:
          "Nombre total de postes informatiques (Réseau de la Collectivité) : 56 indiqués, alors que les configurations de sites en comptent 54 " +
          "(postes fixes, portables et tablettes) ; corrigez le total ou les configurations de sites.",
      },
    ]);
  });

  test("with set B and no block at all, the total must be 0", () => {
    const submission = withAnswer(aCompleteSubmission({ sets: ["B"], blocks: {} }), "reseau.totalPostes", { quantity: 1200 });
    expect(findings(submission)[0]?.message).toBe(
      "Nombre total de postes informatiques (Réseau de la Collectivité) : 1\u00a0200 indiqués, alors qu'aucune configuration de sites n'est décrite (0) ; " +
        "corrigez le total ou les configurations de sites.",
    );
  });

  test("without set B, the total is compared only when blocks are described", () => {
    const withoutBlocks = withAnswer(aCompleteSubmission({ sets: ["A"], blocks: {} }), "reseau.totalPostes", { quantity: 75 });
    expect(findings(withoutBlocks)).toEqual([]);
    const withABlock = withAnswer(aCompleteSubmission({ sets: ["A"], blocks: { fibre: 1 } }), "reseau.totalPostes", { quantity: 75 });
    expect(findings(withABlock).map((finding) => finding.ruleId)).toEqual(["quality.totalPostes"]);
  });

  test("nothing is compared while the total or a filled block count is blank or not a count (other rules report it)", () => {
    expect(findings(withAnswer(complete, "reseau.totalPostes", undefined))).toEqual([]);
    expect(findings(withAnswer(complete, "reseau.totalPostes", { quantity: 55.5 }))).toEqual([]);
    expect(findings(withBlockAnswer(complete, "fibre", 1, "site.posteFixe", { quantity: -10 }))).toEqual([]);
  });

  test("while a block is incomplete, the total is still compared with what is filled, the blank cells counted (blank is not 0)", () => {
    // 10 fixed postes left blank in a block: 46 filled, 56 announced — the mismatch shows now, not once the blank is filled.
    const blank = withBlockAnswer(complete, "fibre", 1, "site.posteFixe", undefined);
    expect(findings(blank).map((finding) => finding.message)).toEqual([
      "Nombre total de postes informatiques (Réseau de la Collectivité) : 56 indiqués, alors que les configurations de sites en comptent déjà 46 " +
        "(postes fixes, portables et tablettes), sans compter une cellule encore vide ; corrigez le total ou les configurations de sites.",
    ]);
    // Filled blanks adding up: nothing to say about the total.
    expect(findings(withAnswer(blank, "reseau.totalPostes", { quantity: 46 }))).toEqual([]);
  });
});
