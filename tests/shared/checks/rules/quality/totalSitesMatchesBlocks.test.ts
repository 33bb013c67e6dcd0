import { totalSitesMatchesBlocks } from "../../../../../shared/checks/rules/quality/totalSitesMatchesBlocks";
import { aCompleteSubmission, SITES_PER_BLOCK } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withAnswer } from "../../support/edit";

const complete = aCompleteSubmission();

describe("quality.totalSites", () => {
  test("the total equals the « Nombre de sites » over all blocks", () => {
    expect(complete.inventory.answers["reseau.totalSites"]?.quantity).toBe(4 * SITES_PER_BLOCK);
    expect(findingsOf(totalSitesMatchesBlocks, complete)).toEqual([]);
  });

  test("a mismatch gives both figures at the total's cell", () => {
    const [finding] = findingsOf(totalSitesMatchesBlocks, withAnswer(complete, "reseau.totalSites", { quantity: 12 }));
    expect(finding).toMatchObject({
      ruleId: "quality.totalSites",
      rowId: "reseau.totalSites",
      cell: "row:reseau.totalSites:quantity",
      message:
        "Nombre total de sites (Réseau de la Collectivité) : 12 indiqués, alors que les configurations de sites en comptent 8 " +
        "(lignes « Nombre de sites ») ; corrigez le total ou les configurations de sites.",
    });
  });
});
