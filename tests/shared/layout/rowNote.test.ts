import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { LAYOUT_KEYS } from "../../../shared/layout/layoutKeys";
import { NOT_APPLICABLE_HINT } from "../../../shared/layout/layoutSection";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { renderGrid } from "../../../shared/layout/renderGrid";
import { renderValues } from "../../../shared/layout/renderValues";
import { aCompleteSubmission } from "../checks/support/aCompleteSubmission";

const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 0, isole: 1 }, templateVersion: TEMPLATE_VERSION });
const rowOfKey = (key: string) => layout.cells.find((cell) => cell.column === 1 && cell.value === key)?.row;
const shownAt = (key: string, column: number) => layout.cells.find((cell) => cell.row === rowOfKey(key) && cell.column === column)?.value;

describe("hints on the inventory sheet", () => {
  test("e-Services rows say what to count; the backup row its unit; each in the Domaine column of its row, in the note style", () => {
    for (const id of ["app16.grc", "app16.sites", "app16.plateforme", "app16.apps"]) {
      expect([id, shownAt(LAYOUT_KEYS.row(id), 2)]).toEqual([id, "À compter : les agents qui utilisent l'outil (pas les usagers) ; 0 si non utilisé, sinon nommez la solution"]);
    }
    expect(shownAt(LAYOUT_KEYS.row("infra.sauvegarde"), 2)).toBe("Unité : Go sauvegardés par mois (1 To = 1 000 Go), décimale possible (« 1,5 »)");
    expect(shownAt(LAYOUT_KEYS.row("infra.sauvegarde"), 6)).toBe("Volume / mois");
    const hinted = layout.cells.find((cell) => cell.row === rowOfKey("infra.sauvegarde") && cell.column === 2);
    expect(hinted).toMatchObject({ style: "labelNote", input: false });
  });

  test("an optional section's « Sans objet » cell says what « Oui » means", () => {
    for (const section of ["section:wifi", "section:video"]) {
      expect(shownAt(section, 4)).toBe("Sans objet (Oui / Non) :");
      expect(shownAt(section, 6)).toBe(NOT_APPLICABLE_HINT);
    }
  });

  test("the reader reports none of the hints: a filled sheet reads with no finding and as the same submission", () => {
    const submission = aCompleteSubmission({ sets: ["A", "B", "C"], domains: [16], blocks: { fibre: 1, interconnexion: 0, isole: 1 } });
    const parsed = parseSheet(renderGrid(layout, renderValues(layout, submission)));
    expect(parsed.findings).toEqual([]);
    expect(parsed.submission).toEqual(submission);
  });
});
