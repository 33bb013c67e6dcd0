import { requiredRowsAreAnswered } from "../../../../../shared/checks/rules/completeness/requiredRowsAreAnswered";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf, summarise } from "../../support/check";
import { withAnswer, withBlockAnswer } from "../../support/edit";

const complete = aCompleteSubmission();
const findings = (submission = complete) => findingsOf(requiredRowsAreAnswered, submission);

describe("completeness.requiredRow", () => {
  test("a count left blank is reported, with the unit and what 0 means", () => {
    const [finding] = findings(withAnswer(complete, "infra.serveursVirtualises", { description: "VMware" }));
    expect(finding).toEqual({
      ruleId: "completeness.requiredRow",
      severity: "error",
      sectionId: "infra",
      rowId: "infra.serveursVirtualises",
      ref: { kind: "row", rowId: "infra.serveursVirtualises", column: "quantity" },
      cell: "row:infra.serveursVirtualises:quantity",
      message: "Serveurs virtualisés (Sites \"datacenters\" et services centraux d'infrastructure) : indiquez le nombre (Nb VM) ; 0 si non utilisé.",
    });
  });

  test("0 means not used: no description is needed", () => {
    expect(findings(withAnswer(complete, "infra.serveursVirtualises", { quantity: 0 }))).toEqual([]);
  });

  test("a row in use names its software or equipment; a description of spaces is blank", () => {
    const submission = withAnswer(complete, "app3.helios", { quantity: 12, description: "   " });
    expect(findings(submission)).toEqual([
      expect.objectContaining({
        rowId: "app3.helios",
        cell: "row:app3.helios:description",
        message: "Télétransmission (Flux HELIOS) (Applicatifs Finances) : nommez dans la colonne Description le logiciel ou l'équipement utilisé (quantité indiquée : 12).",
      }),
    ]);
  });

  test("a blank measure needs its quantity; once in use, its description", () => {
    expect(summarise(findings(withAnswer(complete, "infra.sauvegarde", undefined)))).toEqual([
      { ruleId: "completeness.requiredRow", rowId: "infra.sauvegarde", cell: "row:infra.sauvegarde:quantity" },
    ]);
    expect(summarise(findings(withAnswer(complete, "infra.sauvegarde", { quantity: 1.5 })))).toEqual([
      { ruleId: "completeness.requiredRow", rowId: "infra.sauvegarde", cell: "row:infra.sauvegarde:description" },
    ]);
  });

  test("a text row asks for a description, and says how to write that there is none", () => {
    const [finding] = findings(withAnswer(complete, "poste.cao", { description: "" }));
    expect(finding?.message).toBe("CAO / DAO (Applicatifs du poste) : décrivez l'existant dans la colonne Description (écrivez « aucun » s'il n'y en a pas).");
  });

  test("a measure asks for the quantity with its unit", () => {
    const [finding] = findings(withAnswer(complete, "reseau.fibreKm", undefined));
    expect(finding?.message).toBe("Fibre optique privative (Réseau de la Collectivité) : indiquez la quantité (En km) ; 0 s'il n'y en a pas.");
  });

  test("an optional description is never required, nor the « Autres » rows", () => {
    expect(complete.inventory.answers["reseau.totalSites"]?.description).toBeUndefined();
    expect(complete.inventory.answers["infra.autres"]).toBeUndefined();
    expect(findings()).toEqual([]);
  });

  test("each block row is reported at its own block and address", () => {
    const submission = withBlockAnswer(complete, "fibre", 1, "site.posteTablette", undefined);
    expect(findings(submission)).toEqual([
      expect.objectContaining({
        sectionId: "blocks.fibre.2",
        rowId: "site.posteTablette",
        cell: "blockRow:fibre:1:site.posteTablette:quantity",
        message:
          "Poste informatique - Tablette (Sites sur le réseau de la collectivité - Interconnexion par fibre optique privative - Configuration 2) : " +
          "indiquez le nombre ; 0 s'il n'y en a pas.",
      }),
    ]);
  });

  test("with set B, the wifi and video sections are required unless declared sans objet", () => {
    const blank = (notApplicable: ("wifi" | "video")[]) =>
      withAnswer(withAnswer({ ...complete, inventory: { ...complete.inventory, notApplicable } }, "wifi.bornes", undefined), "video.cameras", undefined);
    expect(summarise(findings(blank([]))).map(({ rowId }) => rowId)).toEqual(["wifi.bornes", "video.cameras"]);
    expect(summarise(findings(blank(["wifi"]))).map(({ rowId }) => rowId)).toEqual(["video.cameras"]);
  });

  test("without set B, infrastructure, blocks and workstation rows are not required", () => {
    const submission = aCompleteSubmission({ sets: ["C"], domains: [2], blocks: { fibre: 1 } });
    expect(findings(withBlockAnswer(submission, "fibre", 0, "site.adresses", undefined))).toEqual([]);
  });

  test("an application section of a domain not chosen is not required", () => {
    const submission = aCompleteSubmission({ sets: ["A", "C"], domains: [1], blocks: {} });
    expect(findings(submission)).toEqual([]);
    expect(findings({ ...submission, domains: [1, 6] }).map((finding) => finding.rowId)).toEqual(["app6.listes", "app6.scrutins"]);
  });

  test("domains listed without set C require nothing", () => {
    const submission = aCompleteSubmission({ sets: ["A"], blocks: {} });
    expect(findings({ ...submission, domains: [4] })).toEqual([]);
  });
});
