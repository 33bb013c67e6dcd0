import { isDeepStrictEqual } from "node:util";
import type ExcelJS from "exceljs";
import { readWorkbookGrid, type WorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import type { CellRef } from "../../../shared/inventory/cellRef";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { locateCell } from "../../../shared/layout/locateCell";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { renderGrid } from "../../../shared/layout/renderGrid";
import { renderValues } from "../../../shared/layout/renderValues";
import type { LayoutCell } from "../../../shared/layout/sheetLayout";
import { position } from "../../shared/layout/sheetFixtures";
import { aFilledSubmission, TYPED_QUANTITY } from "./support/aFilledSubmission";
import { fillLikeAUser, loadWorkbook, saveWorkbook, type Typed } from "./support/fillLikeAUser";
import { withFileText } from "./support/zipFixtures";

const submission = aFilledSubmission();
const layout = layoutForSubmission(submission);
const locate = locateCell(layout);
const at = (ref: CellRef): string => {
  const address = locate(ref);
  if (!address) throw new Error(`no cell for ${JSON.stringify(ref)}`);
  return address;
};
const quantity = (rowId: string): CellRef => ({ kind: "row", rowId, column: "quantity" });
const description = (rowId: string): CellRef => ({ kind: "row", rowId, column: "description" });

let template: Buffer;
beforeAll(async () => {
  template = await renderTemplateXlsx(layout);
});

function expectGrid(read: WorkbookGrid): unknown[][] {
  if (!read.ok) throw new Error(`refused: ${read.message}`);
  return read.grid;
}

function cellOf(grid: readonly (readonly unknown[])[], address: string): unknown {
  const { row, column } = position(address);
  return grid[row]?.[column];
}

/** Puts the sheet first among the tabs (ExcelJS orders sheets by this untyped number). */
function moveFirst(sheet: ExcelJS.Worksheet): void {
  (sheet as unknown as { orderNo: number }).orderNo = -1;
}

/** A copy of the sheet's values, added to the workbook under `name` (what "Déplacer ou copier" gives, values-wise). */
function copySheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const copy = workbook.addWorksheet(name);
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, columnNumber) => {
      if (!cell.isMerged || cell.master === cell) copy.getCell(rowNumber, columnNumber).value = cell.value;
    }),
  );
  return copy;
}

async function fillAndRead(typed: Typed = {}, edit?: Parameters<typeof fillLikeAUser>[4]): Promise<unknown[][]> {
  return expectGrid(await readWorkbookGrid(await fillLikeAUser(template, layout, submission, typed, edit)));
}

describe("readWorkbookGrid: round trip with the shared parser", () => {
  test("the template filled in Excel by a user (French text number included) reads back as the same submission", async () => {
    const grid = await fillAndRead({ [at(quantity(TYPED_QUANTITY.rowId))]: TYPED_QUANTITY.text });
    expect(cellOf(grid, at(quantity(TYPED_QUANTITY.rowId)))).toBe(TYPED_QUANTITY.text);
    const parsed = parseSheet(grid);
    expect(parsed.findings).toEqual([]);
    expect(parsed.submission).toEqual(submission);
  });

  test("the template prefilled by the renderer reads back as the same submission", async () => {
    const read = await readWorkbookGrid(await renderTemplateXlsx(layout, renderValues(layout, submission)));
    expect(read).toMatchObject({ ok: true, sheetName: layout.sheetName });
    expect(parseSheet(expectGrid(read))).toEqual({ submission, findings: [] });
  });

  test("the grid read is the layout's grid, dates as Date objects", async () => {
    const values = renderValues(layout, submission);
    const grid = expectGrid(await readWorkbookGrid(await renderTemplateXlsx(layout, values)));
    const asText = grid.map((row) => row.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)));
    expect(asText).toEqual(renderGrid(layout, values));
    expect(cellOf(grid, at({ kind: "identity", field: "etatDesLieux" }))).toEqual(new Date("2025-01-15T00:00:00Z"));
  });

  test("the blank template reads as a grid of its fixed content only", async () => {
    const blank = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });
    expect(expectGrid(await readWorkbookGrid(await renderTemplateXlsx(blank)))).toEqual(renderGrid(blank));
  });

  test("a date typed as French text and Oui/Non typed in lower case are read", async () => {
    const grid = await fillAndRead({ [at({ kind: "identity", field: "etatDesLieux" })]: "15/01/2025", [at({ kind: "set", set: "A" })]: "oui" });
    expect(parseSheet(grid).submission).toEqual(submission);
  });
});

describe("readWorkbookGrid: what cells hold", () => {
  test("a formula gives its cached result, and an empty text result (=SI(…;\"\";…)) reads as blank", async () => {
    const sites = at(quantity("reseau.totalSites"));
    const firewall = at(description("infra.firewall"));
    const grid = await fillAndRead({ [sites]: { formula: "6*2", result: 12 }, [firewall]: { formula: 'IF(1=1,"","x")', result: "" } });
    expect(cellOf(grid, sites)).toBe(12);
    expect(cellOf(grid, firewall)).toBeNull();
    const parsed = parseSheet(grid);
    expect(parsed.submission?.inventory.answers["reseau.totalSites"]?.quantity).toBe(12);
    expect(parsed.submission?.inventory.answers["infra.firewall"]?.description).toBeUndefined();
  });

  test("shared formulas give their results", async () => {
    const grid = await fillAndRead({}, (_workbook, sheet) => {
      const first = at(quantity("reseau.totalSites"));
      const second = at(quantity("reseau.totalAgents"));
      sheet.getCell(first).value = { formula: "1+1", result: 2, shareType: "shared", ref: `${first}:${second}` } as never;
      sheet.getCell(second).value = { sharedFormula: first, result: 3 } as never;
    });
    expect([cellOf(grid, at(quantity("reseau.totalSites"))), cellOf(grid, at(quantity("reseau.totalAgents")))]).toEqual([2, 3]);
  });

  test("rich text and hyperlinks read as their plain text, errors as their text", async () => {
    const firewall = at(description("infra.firewall"));
    const email = at({ kind: "referent", index: 0, field: "email" });
    const count = at(quantity("infra.serveursVirtualises"));
    const grid = await fillAndRead({
      [firewall]: { richText: [{ text: "Stormshield ", font: { bold: true } }, { text: "SN310" }] },
      [email]: { text: "claire.martin@mairie-exemple.fr", hyperlink: "mailto:claire.martin@mairie-exemple.fr" },
      [count]: { error: "#N/A" } as never,
    });
    expect(cellOf(grid, firewall)).toBe("Stormshield SN310");
    expect(cellOf(grid, email)).toBe("claire.martin@mairie-exemple.fr");
    expect(cellOf(grid, count)).toBe("#N/A");
    const findings = parseSheet(grid).findings;
    expect(findings).toEqual([expect.objectContaining({ ruleId: "parse.number", cell: count, message: expect.stringContaining("« #N/A »") })]);
  });

  test("a date typed where a count belongs is read as a Date, and the parser reports it without guessing", async () => {
    const count = at(quantity("infra.messagerie"));
    // Excel gives the cell a date format when a date is typed into it (a style of its own: ExcelJS shares loaded styles).
    const grid = await fillAndRead({ [count]: new Date("2025-03-01T00:00:00Z") }, (_workbook, sheet) => {
      const cell = sheet.getCell(count);
      cell.style = { ...cell.style, numFmt: "dd/mm/yyyy" };
    });
    expect(cellOf(grid, count)).toEqual(new Date("2025-03-01T00:00:00Z"));
    const parsed = parseSheet(grid);
    expect(parsed.findings).toEqual([expect.objectContaining({ ruleId: "parse.number", cell: count })]);
    expect(parsed.submission?.inventory.answers["infra.messagerie"]?.quantity).toBeUndefined();
  });

  test("cells merged by the user keep their value in the top-left cell only", async () => {
    const left = at(description("infra.gestionParc"));
    const right = at(quantity("infra.gestionParc"));
    const grid = await fillAndRead({}, (_workbook, sheet) => {
      sheet.unprotect();
      sheet.mergeCells(`${left}:${right}`);
    });
    expect(cellOf(grid, left)).toBe(submission.inventory.answers["infra.gestionParc"]?.description);
    expect(cellOf(grid, right)).toBeNull();
  });

  test("booleans are kept for the parser to read as Oui/Non", async () => {
    const choice = at({ kind: "set", set: "A" });
    const grid = await fillAndRead({ [choice]: true });
    expect(cellOf(grid, choice)).toBe(true);
    expect(parseSheet(grid).submission?.sets).toContain("A");
  });
});

describe("readWorkbookGrid: which sheet", () => {
  test("among many sheets, the renamed description organique is found by its key column", async () => {
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      sheet.name = "Ma commune";
      for (let i = 1; i <= 30; i += 1) {
        const other = workbook.addWorksheet(`Notes ${i}`);
        other.getCell("A1").value = `Note ${i}`;
        other.getCell("B2").value = i;
      }
    });
    const read = await readWorkbookGrid(bytes);
    expect(read).toMatchObject({ ok: true, sheetName: "Ma commune" });
    expect(parseSheet(expectGrid(read)).submission).toEqual(submission);
  });

  test("the template's name is matched loosely, after a sheet of notes", async () => {
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      sheet.name = "  DESCRIPTION   organique ";
      const notes = workbook.addWorksheet("Notes");
      notes.getCell("A1").value = "Relire avant dépôt";
      moveFirst(notes);
    });
    const read = await readWorkbookGrid(bytes);
    expect(read).toMatchObject({ ok: true, sheetName: "  DESCRIPTION   organique " });
    expect(parseSheet(expectGrid(read)).submission).toEqual(submission);
  });

  test("a workbook without any sheet carrying the key column is refused with a French message", async () => {
    const workbook = await loadWorkbook(template);
    workbook.removeWorksheet(workbook.worksheets[0]?.id ?? 0);
    workbook.addWorksheet("Feuil1").getCell("A1").value = "Bonjour";
    const read = await readWorkbookGrid(await saveWorkbook(workbook));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^classeur refusé : aucune feuille « Description organique »/) });
  });

  test("a sheet named as the layout that lost its key column is refused with its own message", async () => {
    const workbook = await loadWorkbook(template);
    const sheet = workbook.getWorksheet(layout.sheetName);
    sheet?.spliceColumns(1, 1);
    const read = await readWorkbookGrid(await saveWorkbook(workbook));
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^classeur refusé : la feuille « Description organique » n'a plus la colonne de repères/) });
  });

  test("an unrelated sheet too large to read does not hide the renamed description organique", async () => {
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      sheet.name = "Ma commune";
      const big = workbook.addWorksheet("Export");
      big.getCell("A30000").value = "bas de page";
      moveFirst(big);
    });
    expect(await readWorkbookGrid(bytes)).toMatchObject({ ok: true, sheetName: "Ma commune" });
  });
});

describe("readWorkbookGrid: several sheets carrying the template are refused, naming each", () => {
  test("the filled sheet and a corrected copy: which figures are meant cannot be told", async () => {
    const sites = at(quantity("reseau.totalSites"));
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      copySheet(workbook, sheet, "Description organique corrigée").getCell(sites).value = 99;
    });
    expect(await readWorkbookGrid(bytes)).toEqual({
      ok: false,
      message:
        "classeur refusé : plusieurs feuilles contiennent le modèle (« Description organique », « Description organique corrigée ») : " +
        "gardez-en une seule, celle à déposer, puis recommencez.",
    });
  });

  test("a blank backup placed first and the filled sheet renamed: the blank one is not read", async () => {
    const blank = await loadWorkbook(template);
    const blankSheet = blank.getWorksheet(layout.sheetName) as ExcelJS.Worksheet;
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      sheet.name = "Description organique (remplie)";
      moveFirst(copySheet(workbook, blankSheet, "Description organique"));
    });
    const read = await readWorkbookGrid(bytes);
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^classeur refusé : plusieurs feuilles contiennent le modèle \(« Description organique », « Description organique \(remplie\) »\)/) });
  });

  test("a hidden or very hidden copy counts too, and the message says it is hidden", async () => {
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      copySheet(workbook, sheet, "Sauvegarde").state = "hidden";
      workbook.addWorksheet("Notes").getCell("A1").value = "Relire avant dépôt";
      copySheet(workbook, sheet, "Ancienne").state = "veryHidden";
    });
    const read = await readWorkbookGrid(bytes);
    if (read.ok) throw new Error("read, not refused");
    expect(read.message).toContain("(« Description organique », « Sauvegarde » (masquée), « Ancienne » (très masquée))");
    expect(read.message).toContain("clic droit sur un onglet > Afficher");
    expect(read.message).toContain("éditeur Visual Basic");
  });

  test("a copy too large for a grid still counts as a template sheet, and is not skipped in favour of the other", async () => {
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      copySheet(workbook, sheet, "Description organique corrigée").getCell("B25000").value = "bas de page";
    });
    expect(await readWorkbookGrid(bytes)).toEqual({ ok: false, message: expect.stringContaining("« Description organique », « Description organique corrigée »") });
  });

  test("a lone template sheet too large for a grid is refused as such, renamed or not", async () => {
    const bytes = await fillLikeAUser(template, layout, submission, {}, (workbook, sheet) => {
      sheet.name = "Ma commune";
      sheet.getCell("B25000").value = "bas de page";
      workbook.addWorksheet("Notes").getCell("A1").value = "Relire avant dépôt";
    });
    expect(await readWorkbookGrid(bytes)).toEqual({ ok: false, message: expect.stringMatching(/^classeur refusé : la feuille « Ma commune » contient des valeurs jusqu'à la cellule B25000/) });
  });
});

describe("readWorkbookGrid: a formula without cached result (workbook written by a script) is refused, naming its cell", () => {
  const sites = at(quantity("reseau.totalSites"));
  const others = at(quantity("infra.autres"));

  test("on an optional row, rather than its value silently dropped", async () => {
    const read = await readWorkbookGrid(await fillLikeAUser(template, layout, submission, { [others]: { formula: "2+3" } as never }));
    expect(read).toEqual({
      ok: false,
      message:
        `classeur refusé : la cellule ${others} (=2+3) de la feuille « Description organique » contient une formule sans valeur calculée : ` +
        "ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le, ou saisissez la valeur, puis déposez-le à nouveau.",
    });
  });

  test("on a required row, rather than the user told to fill a cell that shows a value in Excel", async () => {
    const read = await readWorkbookGrid(await fillLikeAUser(template, layout, submission, { [sites]: { formula: "SUM(E1:E2)" } as never }));
    expect(read).toEqual({ ok: false, message: expect.stringContaining(`la cellule ${sites} (=SUM(E1:E2)) de la feuille « Description organique »`) });
  });

  test("in a text cell, and as openpyxl writes it (an empty <v>, no type), in a renamed sheet", async () => {
    const firewall = at(description("infra.firewall"));
    const filled = await fillLikeAUser(template, layout, submission, {}, (_workbook, sheet) => {
      sheet.name = "Ma commune";
    });
    const openpyxlLike = withFileText(filled, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(new RegExp(`<c r="${firewall}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`), (_cell, attributes: string) => `<c r="${firewall}"${attributes.replace(/\st="\w+"/, "")}><f>B1&amp;"x"</f><v></v></c>`),
    );
    expect(await readWorkbookGrid(openpyxlLike)).toEqual({ ok: false, message: expect.stringContaining(`la cellule ${firewall} (=B1&"x") de la feuille « Ma commune »`) });
  });

  test("several cells are named together, the first five with their formulas (shared ones as they apply to the cell)", async () => {
    const rows = ["reseau.totalSites", "reseau.totalAgents", "reseau.totalPostes", "infra.datacenters", "infra.serveursCommunication", "infra.serveursPhysiques", "infra.autres"];
    const [first = "", second = "", ...rest] = rows.map((rowId) => at(quantity(rowId)));
    const read = await readWorkbookGrid(
      await fillLikeAUser(template, layout, submission, {}, (_workbook, sheet) => {
        sheet.getCell(first).value = { formula: "A1+1", shareType: "shared", ref: `${first}:${second}` } as never;
        sheet.getCell(second).value = { sharedFormula: first } as never;
        for (const cell of rest) sheet.getCell(cell).value = { formula: "1+1" } as never;
      }),
    );
    if (read.ok) throw new Error("read, not refused");
    const shifted = `A${1 + position(second).row - position(first).row}+1`;
    const named = [`${first} (=A1+1)`, `${second} (=${shifted})`, ...rest.slice(0, 3).map((cell) => `${cell} (=1+1)`)].join(", ");
    expect(read.message).toBe(
      `classeur refusé : les cellules ${named} et 2 autres de la feuille « Description organique » contiennent des formules sans valeur calculée : ` +
        "ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le, ou saisissez les valeurs, puis déposez-le à nouveau.",
    );
  });

  test("a formula with a cached result is still read by its value", async () => {
    const grid = await fillAndRead({ [others]: { formula: "2+3", result: 5 }, [sites]: { formula: "SUM(E1:E2)", result: 120 } });
    const parsed = parseSheet(grid);
    expect(parsed.findings).toEqual([]);
    expect([parsed.submission?.inventory.answers["infra.autres"]?.quantity, parsed.submission?.inventory.answers["reseau.totalSites"]?.quantity]).toEqual([5, 120]);
  });
});

describe("readWorkbookGrid: large workbooks", () => {
  // Its reading time is measured in bench/xlsxRead.bench.ts (bench/README.md), not here.
  test("the largest layout (200 blocks of each kind, about 10,800 rows), filled in full, is read in full", async () => {
    const large = buildSheetLayout({ blocks: { fibre: 200, interconnexion: 200, isole: 200 }, templateVersion: TEMPLATE_VERSION });
    const valueOf = (cell: LayoutCell) => (cell.style === "input" ? `Réponse ${cell.address}` : cell.style === "inputDate" ? "2025-01-15" : 7);
    const values = large.cells.filter((cell) => cell.input).map((cell) => ({ ...cell, value: valueOf(cell) }));
    const bytes = await renderTemplateXlsx(large, values);
    const grid = expectGrid(await readWorkbookGrid(bytes));
    expect(grid).toHaveLength(large.rowCount);
    // Dates are written as ISO text and come back as Excel dates (UTC midnight).
    const expected = (cell: (typeof values)[number]) => (cell.style === "inputDate" ? new Date(`${cell.value}T00:00:00Z`) : cell.value);
    const misread = values.filter((cell) => !isDeepStrictEqual(cellOf(grid, cell.address), expected(cell))).map((cell) => cell.address);
    expect(misread).toEqual([]);
  });
});
