import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { CELL_STYLES } from "../../../shared/layout/cellStyles";
import { findKeyColumn } from "../../../shared/layout/findKeyColumn";
import { instructionsSheet } from "../../../shared/layout/instructionsSheet";

const lines = instructionsSheet(TEMPLATE_VERSION);
const all = lines.map((line) => line.text).join("\n");

describe("the « Mode d'emploi » sheet", () => {
  test("covers what the issue asks, in French: colours, blank ≠ 0, « aucun », software named, units, « Sans objet », adding configurations, submitting, LibreOffice", () => {
    expect(lines[0]).toEqual({ kind: "title", text: `Mode d'emploi du modèle de description organique (version ${TEMPLATE_VERSION})` });
    expect(lines.filter((line) => line.kind === "heading").map((line) => line.text)).toEqual([
      "Les couleurs",
      "Comment répondre",
      "Ajouter des configurations de sites",
      "Déposer le classeur",
      "Avec LibreOffice",
    ]);
    for (const expected of [/vide n'est pas un zéro/, /« aucun »/, /nom du logiciel/, /Go sauvegardés par mois/, /« Sans objet »/, /pas les usagers/, /insérez autant de lignes vides/, /configuration entière/, /portail des communes/, /http:\/\/127\.0\.0\.1:3000\//, /complément/, /LibreOffice/]) {
      expect(all).toMatch(expected);
    }
  });

  test("the colour legend shows the sheet's own fills", () => {
    const legend = lines.flatMap((line) => (line.kind === "legend" ? [line] : []));
    expect(legend.map((line) => line.style)).toEqual(["input", "locked", "sectionHeader", "blockTitle", "columnHeader"]);
    for (const line of legend) expect(line.fill).toBe(CELL_STYLES[line.style].fill);
  });

  test("carries no key of the layout: the reader can never take it for the template", () => {
    expect(findKeyColumn(lines.map((line) => [null, line.text]))).toBeUndefined();
    expect(findKeyColumn(all.split(/\s+/).map((word) => [word]))).toBeUndefined();
  });
});
