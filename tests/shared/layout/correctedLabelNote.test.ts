import { FIXED_ROWS, SECTIONS } from "../../../shared/inventory/descriptionOrganique";
import { BLOCK_DEFINITIONS } from "../../../shared/inventory/siteBlocks";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { correctedLabelNote } from "../../../shared/layout/correctedLabelNote";
import { LAYOUT_KEYS } from "../../../shared/layout/layoutKeys";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { renderGrid } from "../../../shared/layout/renderGrid";
import { ROW_HINTS } from "../../../shared/layout/rowHints";
import type { SheetLayout } from "../../../shared/layout/sheetLayout";

const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });

/** What the sheet shows in a column (2: Domaine, 3: Sous domaine) of the row with this key. */
function shownAt(sheet: SheetLayout, key: string, column: number): unknown {
  const row = sheet.cells.find((cell) => cell.column === 1 && cell.value === key)?.row;
  return sheet.cells.find((cell) => cell.row === row && cell.column === column)?.value;
}

describe("labels corrected from the 2019 annex are noted on the sheet", () => {
  test("« Téléphonie fixe » in every site configuration and « Droit des Sols » say what the annex wrote, next to the label", () => {
    for (const key of [LAYOUT_KEYS.blockRow("fibre", 1, "site.telephonesFixes"), LAYOUT_KEYS.blockRow("isole", 2, "site.telephonesFixes")]) {
      expect(shownAt(layout, key, 3)).toBe("Téléphonie fixe - Téléphones fixes");
      expect(shownAt(layout, key, 2)).toBe("Libellé corrigé ; annexe de 2019 : « Téléphone fixe - Téléphones fixes »");
    }
    const droitSols = [...FIXED_ROWS.values()].find((row) => row.label === "Droit des Sols")!;
    expect(shownAt(layout, LAYOUT_KEYS.row(droitSols.id), 2)).toBe("Libellé corrigé ; annexe de 2019 : « Droit des Sois »");
  });

  test("every corrected row and section title carries the note, and no other row", () => {
    const corrected = [...FIXED_ROWS.values()].filter((row) => row.annexLabel !== undefined);
    expect(corrected.length).toBeGreaterThan(3);
    for (const row of FIXED_ROWS.values()) {
      const shown = shownAt(layout, LAYOUT_KEYS.row(row.id), 2) ?? null;
      if (row.annexLabel !== undefined) expect([row.id, shown]).toEqual([row.id, expect.stringContaining(correctedLabelNote(row.annexLabel))]);
      else expect([row.id, shown]).toEqual([row.id, ROW_HINTS[row.id] ?? null]);
    }
    for (const block of BLOCK_DEFINITIONS) {
      for (const row of block.rows) {
        expect([row.id, shownAt(layout, LAYOUT_KEYS.blockRow(block.kind, 1, row.id), 2) ?? null]).toEqual([row.id, row.annexLabel === undefined ? null : correctedLabelNote(row.annexLabel)]);
      }
    }
    const sections = SECTIONS.filter((section) => section.annexLabel !== undefined);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(String(shownAt(layout, LAYOUT_KEYS.section(section.id), 2))).toContain(`(${correctedLabelNote(section.annexLabel!)})`);
  });

  test("the reader ignores the notes: the blank template reads with no stray-text finding", () => {
    const parsed = parseSheet(renderGrid(layout));
    expect(parsed.findings.filter((finding) => finding.ruleId === "parse.strayCell")).toEqual([]);
  });
});
