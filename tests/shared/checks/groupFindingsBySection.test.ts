import type { Finding } from "../../../shared/checks/finding";
import { groupFindingsBySection } from "../../../shared/checks/groupFindingsBySection";
import { aCompleteSubmission, aReferent } from "./support/aCompleteSubmission";
import { check } from "./support/check";
import { withAnswer, withBlockAnswer, withInventory } from "./support/edit";

describe("groupFindingsBySection", () => {
  test("groups come in the sheet's order under their French labels, blocks one by one", () => {
    let submission = withInventory(aCompleteSubmission(), { etatDesLieux: null, referents: [aReferent({ email: "x" })] });
    submission = withAnswer(submission, "app3.helios", undefined);
    submission = withBlockAnswer(submission, "isole", 0, "site.adresses", undefined);
    submission = withBlockAnswer(submission, "fibre", 1, "site.adresses", undefined);
    submission = withAnswer(submission, "infra.firewall", undefined);
    const groups = groupFindingsBySection([...check(submission).findings].reverse());
    expect(groups.map(({ sectionId, label, findings }) => [sectionId, label, findings.length])).toEqual([
      ["identite", "Identification de la commune", 1],
      ["referents", "Référents", 1],
      ["infra", "Sites \"datacenters\" et services centraux d'infrastructure", 1],
      ["blocks.fibre.2", "Sites sur le réseau de la collectivité - Interconnexion par fibre optique privative - Configuration 2", 1],
      ["blocks.isole.1", "Sites isolés (hors réseau de la collectivité) - Configuration Type 1", 1],
      ["app3", "Applicatifs Finances", 1],
    ]);
  });

  test("findings within a group keep the sheet's order; findings without a section come last", () => {
    const loose: Finding = { ruleId: "other.rule", severity: "warning", message: "Sans rubrique" };
    const submission = withAnswer(withAnswer(aCompleteSubmission(), "infra.sig", undefined), "infra.firewall", undefined);
    const groups = groupFindingsBySection([loose, ...[...check(submission).findings].reverse()]);
    expect(groups.map(({ label, findings }) => [label, findings.map((finding) => finding.rowId)])).toEqual([
      ["Sites \"datacenters\" et services centraux d'infrastructure", ["infra.firewall", "infra.sig"]],
      ["Général", [undefined]],
    ]);
  });

  test("no findings, no groups", () => {
    expect(groupFindingsBySection([])).toEqual([]);
  });
});
