import { renderDeliberationXlsx } from "../../../functions/exports/renderDeliberationXlsx";
import { renderRunXlsx } from "../../../functions/exports/renderRunXlsx";
import { buildDeliberationTable } from "../../../shared/exports/buildDeliberationTable";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { clectSource } from "../../shared/exports/support/clectDeliberation";
import { IDENTITY, REPLACED_RUN_ID, settlementQuoteParts } from "../../shared/exports/support/settlementScenario";
import { convertWithLibreOffice, disposeLibreOfficeProfile, hasLibreOffice } from "../xlsx/support/libreOffice";

/**
 * Issue 10 §4: the exports print one page wide — every sheet of a run's workbook used to print two
 * pages wide, the amounts on the second. Printed to PDF by LibreOffice (Debian package
 * libreoffice-calc-nogui), each of these short sheets must take exactly one page: a sheet wider
 * than the paper would take two. Skipped without LibreOffice, unless LIBREOFFICE_REQUIRED=1 (CI).
 */
const available = hasLibreOffice() || process.env.LIBREOFFICE_REQUIRED === "1";
const describeWithLibreOffice = available ? describe : describe.skip;

/** The pages of a PDF, as `width x height` in points (A4: 595x842 portrait, 842x595 landscape). */
function pagesOf(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  const pages = [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`);
  expect(boxes.length).toBeGreaterThanOrEqual(pages);
  return boxes.slice(-pages);
}

describeWithLibreOffice("exports printed by LibreOffice", () => {
  jest.setTimeout(180_000);
  afterAll(disposeLibreOfficeProfile);

  test("a corrective run's workbook: « Totaux », « Écarts » and each item's sheet on one A4 landscape page each", async () => {
    const run = buildRunExport({
      quoteParts: settlementQuoteParts(),
      metropoleName: "Dijon Métropole",
      run: { ...IDENTITY, corrects: { runId: REPLACED_RUN_ID, reason: "Montant du poste internet corrigé après la délibération du 12 mars" } },
      replaced: settlementQuoteParts("1500.00"),
    });
    const files = await convertWithLibreOffice(await renderRunXlsx(run, "Dijon Métropole"), "calcul.xlsx", "pdf");
    // Four sheets: Totaux, Écarts, internet, commande.
    expect(pagesOf(files.get("calcul.pdf")!)).toEqual(["842x595", "842x595", "842x595", "842x595"]);
  });

  test("the council's table of the 2019 CLECT (23 communes, the Métropole, totals and notes) on one A4 portrait page", async () => {
    const files = await convertWithLibreOffice(await renderDeliberationXlsx(buildDeliberationTable(clectSource()), "Dijon Métropole"), "deliberation.xlsx", "pdf");
    expect(pagesOf(files.get("deliberation.pdf")!)).toEqual(["595x842"]);
  });
});
