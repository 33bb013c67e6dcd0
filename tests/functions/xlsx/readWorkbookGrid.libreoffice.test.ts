import { readWorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import type { CellRef } from "../../../shared/inventory/cellRef";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { aFilledSubmission } from "./support/aFilledSubmission";
import { fillLikeAUser } from "./support/fillLikeAUser";
import { convertWithLibreOffice, disposeLibreOfficeProfile, hasLibreOffice } from "./support/libreOffice";

/** As renderTemplateXlsx.libreoffice.test.ts: skipped without LibreOffice, unless LIBREOFFICE_REQUIRED=1 (CI). */
const available = hasLibreOffice() || process.env.LIBREOFFICE_REQUIRED === "1";
const describeWithLibreOffice = available ? describe : describe.skip;

describeWithLibreOffice("readWorkbookGrid on a workbook saved by LibreOffice", () => {
  jest.setTimeout(180_000);
  afterAll(disposeLibreOfficeProfile);

  test("formulas written without value by a script are refused; saved by LibreOffice, as the message says, they read as computed (empty text as blank, 0 as 0)", async () => {
    const submission = aFilledSubmission();
    const layout = layoutForSubmission(submission);
    const at = (ref: CellRef) => locateCell(layout)(ref) ?? "";
    const sites = at({ kind: "row", rowId: "reseau.totalSites", column: "quantity" });
    const others = at({ kind: "row", rowId: "infra.autres", column: "quantity" });
    const firewall = at({ kind: "row", rowId: "infra.firewall", column: "description" });
    const agents = at({ kind: "row", rowId: "reseau.totalAgents", column: "quantity" });
    const scripted = await fillLikeAUser(await renderTemplateXlsx(layout), layout, submission, {
      [sites]: { formula: "100+20" } as never,
      [others]: { formula: "2+3" } as never,
      [firewall]: { formula: 'IF(1=1,"","x")' } as never,
      // A result of 0, which ExcelJS drops when loading: it must read as 0, neither blank nor refused.
      [agents]: { formula: "1-1" } as never,
    });
    const refused = await readWorkbookGrid(scripted);
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le") });

    const files = await convertWithLibreOffice(scripted, "script.xlsx", "xlsx:Calc MS Excel 2007 XML");
    const saved = files.get("script.xlsx");
    if (!saved) throw new Error(`LibreOffice wrote ${[...files.keys()].join(", ")}`);
    const read = await readWorkbookGrid(saved);
    if (!read.ok) throw new Error(read.message);
    const answers = parseSheet(read.grid).submission?.inventory.answers;
    expect([answers?.["reseau.totalSites"]?.quantity, answers?.["infra.autres"]?.quantity, answers?.["infra.firewall"]?.description, answers?.["reseau.totalAgents"]?.quantity]).toEqual([
      120,
      5,
      undefined,
      0,
    ]);
  });
});
