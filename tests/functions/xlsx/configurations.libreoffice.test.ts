import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { oneFindingPerCell } from "../../../shared/checks/oneFindingPerCell";
import { inspectSubmission } from "../../../shared/inspection/inspectSubmission";
import { blockDefinition } from "../../../shared/inventory/siteBlocks";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { DEFAULT_BLOCK_COUNTS } from "../../../shared/layout/defaultBlockCounts";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { readSheet } from "../../../shared/layout/readSheet";
import type { SheetLayout } from "../../../shared/layout/sheetLayout";
import { aCompleteSubmission, TODAY } from "../../shared/checks/support/aCompleteSubmission";
import { fillLikeAUser } from "./support/fillLikeAUser";
import { convertWithLibreOffice, disposeLibreOfficeProfile, hasLibreOffice } from "./support/libreOffice";

/** As renderTemplateXlsx.libreoffice.test.ts: skipped without LibreOffice, unless LIBREOFFICE_REQUIRED=1 (CI). */
const available = hasLibreOffice() || process.env.LIBREOFFICE_REQUIRED === "1";
const describeWithLibreOffice = available ? describe : describe.skip;

/** Fills the template as a user would, saves it with LibreOffice, and reads it as the API does. */
async function filledAndSavedByLibreOffice(layout: SheetLayout, submission: Submission, edit?: Parameters<typeof fillLikeAUser>[4]) {
  const filled = await fillLikeAUser(await renderTemplateXlsx(layout), layout, submission, {}, edit);
  const files = await convertWithLibreOffice(filled, "rempli.xlsx", "xlsx:Calc MS Excel 2007 XML");
  const saved = files.get("rempli.xlsx");
  if (!saved) throw new Error(`LibreOffice wrote ${[...files.keys()].join(", ")}`);
  const grid = await readWorkbookGrid(saved);
  if (!grid.ok) throw new Error(grid.message);
  const reading = readSheet(grid.grid);
  if (!reading.submission) throw new Error(JSON.stringify(reading.findings));
  const checked = inspectSubmission(reading.submission, { today: TODAY, locate: reading.locate });
  return { reading, checked };
}

describeWithLibreOffice("site configurations in a workbook saved by LibreOffice", () => {
  jest.setTimeout(180_000);
  afterAll(disposeLibreOfficeProfile);

  test("rows inserted and the visible columns B:F of an isolated-site configuration pasted: read as one more configuration, counted in the totals", async () => {
    // The commune has one fibre configuration and two isolated-site ones; the template it downloaded had one isolated-site configuration:
    // it inserted rows below it and pasted columns B:F of « Configuration Type 1 » there (title included), then typed the second one's answers.
    const submission = aCompleteSubmission({ blocks: { fibre: 1, interconnexion: 0, isole: 2 } });
    const layout = layoutForSubmission(submission);
    const second = layout.cells.filter((cell) => cell.column === 1 && typeof cell.value === "string" && (cell.value === "block:isole[2]" || cell.value.startsWith("isole[2]/")));
    const title = layout.cells.find((cell) => cell.column === 2 && cell.row === second[0]?.row);
    const { reading, checked } = await filledAndSavedByLibreOffice(layout, submission, (_workbook, sheet) => {
      for (const cell of second) sheet.getCell(cell.address).value = null;
      sheet.getCell(title?.address ?? "").value = "Sites isolés (hors réseau de la collectivité) - Configuration Type 1";
    });
    expect(second).toHaveLength(1 + blockDefinition("isole").rows.length);
    expect(reading.submission).toEqual(submission);
    expect(reading.findings).toEqual([
      { ruleId: "parse.pastedBlock", severity: "warning", sectionId: "blocks.isole.2", cell: title?.address, message: expect.stringContaining("Configuration Type 2") },
    ]);
    expect(checked.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect([...reading.findings, ...checked.findings].map((finding) => finding.message).join(" ")).not.toContain("Autres");
  });

  test("the default template with only the configuration the commune has filled: the blank ones count as absent, with a note, and no error", async () => {
    const submission = aCompleteSubmission({ blocks: { fibre: 1, interconnexion: 0, isole: 0 } });
    const layout = buildSheetLayout({ blocks: DEFAULT_BLOCK_COUNTS, templateVersion: TEMPLATE_VERSION });
    const { reading, checked } = await filledAndSavedByLibreOffice(layout, submission);
    expect(reading.submission).toEqual(submission);
    expect(reading.findings).toMatchObject([
      { ruleId: "parse.blankBlock", severity: "warning", sectionId: "blocks.interconnexion.1" },
      { ruleId: "parse.blankBlock", severity: "warning", sectionId: "blocks.isole.1" },
      { ruleId: "parse.blankBlock", severity: "warning", sectionId: "blocks.isole.2" },
    ]);
    expect(checked.errorCount).toBe(0);
    expect([...reading.findings, ...checked.findings].map((finding) => finding.message).join(" ")).not.toMatch(/« aucun »|0 s'il n'y en a pas/);
  });

  test("a row deleted, a block incomplete, a count typed in words: the row named in words, the total still compared, one finding per cell", async () => {
    const submission = aCompleteSubmission({ blocks: { fibre: 1, interconnexion: 0, isole: 0 } });
    const layout = layoutForSubmission(submission);
    const at = locateCell(layout);
    const agents = at({ kind: "row", rowId: "reseau.totalAgents", column: "quantity" }) ?? "";
    const tablette = at({ kind: "blockRow", block: "fibre", index: 0, rowId: "site.posteTablette", column: "quantity" }) ?? "";
    const totalPostes = at({ kind: "row", rowId: "reseau.totalPostes", column: "quantity" }) ?? "";
    const deleted = layout.cells.find((cell) => cell.column === 1 && cell.value === "infra.baseDonnees")?.row ?? 0;
    const { reading, checked } = await filledAndSavedByLibreOffice(layout, submission, (_workbook, sheet) => {
      // The row « Base de données » emptied of everything, its hidden key included: as deleted for the reader.
      for (const column of ["A", "B", "C", "D", "E", "F"]) sheet.getCell(`${column}${deleted}`).value = null;
      sheet.getCell(agents).value = "environ cinquante";
      sheet.getCell(tablette).value = null;
      sheet.getCell(totalPostes).value = 20;
    });
    const findings = oneFindingPerCell([...reading.findings, ...checked.findings]);
    const missing = findings.find((finding) => finding.ruleId === "parse.missingRow");
    expect(missing?.message).toBe(
      "La ligne « Base de données centralisée » (rubrique « Sites \"datacenters\" et services centraux d'infrastructure ») est absente de la feuille (supprimée ?) : " +
        "elle reste vide. Dans le modèle, elle se trouve juste après la ligne « Serveur de fichiers » : réinsérez-la là, ou repartez du modèle.",
    );
    expect(findings.map((finding) => finding.message).join(" ")).not.toMatch(/repère|infra\.baseDonnees/);
    // 13 postes filled (10 fixed + 3 portable), the tablets blank, 20 announced: said now, at the total's cell.
    expect(findings.filter((finding) => finding.cell === totalPostes)).toMatchObject([{ ruleId: "quality.totalPostes", message: expect.stringContaining("en comptent déjà 13") }]);
    expect(findings.filter((finding) => finding.cell === agents).map((finding) => finding.ruleId)).toEqual(["parse.number"]);
    expect(findings.filter((finding) => finding.cell === tablette).map((finding) => finding.ruleId)).toEqual(["completeness.requiredRow"]);
  });
});
