import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { readWorkbookGrid, type WorkbookGrid } from "../../../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../../../functions/xlsx/renderTemplateXlsx";
import { XLSX_MESSAGES } from "../../../functions/xlsx/xlsxMessages";
import { XLSX_READ_LIMITS } from "../../../functions/xlsx/xlsxReadLimits";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import { renderGrid } from "../../../shared/layout/renderGrid";
import { loadWorkbook, saveWorkbook } from "./support/fillLikeAUser";
import { buildZip, rezip, unzipFiles, withFileText } from "./support/zipFixtures";

const layout = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });
const SHEET = "xl/worksheets/sheet1.xml";
const FRENCH_REFUSAL = /^(?:fichier illisible|classeur refusé|fichier trop volumineux) : /;

let template: Buffer;
beforeAll(async () => {
  template = await renderTemplateXlsx(layout);
});

/** Reads and checks the outcome is a value (never a throw), refused with a French message. */
async function expectRefused(bytes: Buffer, message?: string | RegExp): Promise<string> {
  const read: WorkbookGrid = await readWorkbookGrid(bytes);
  if (read.ok) throw new Error("read, not refused");
  expect(read.message).toMatch(FRENCH_REFUSAL);
  if (typeof message === "string") expect(read.message).toBe(message);
  else if (message) expect(read.message).toMatch(message);
  return read.message;
}

function firstSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

/** The sheet XML with `extra` inserted just before the given closing or opening tag. */
const insertBefore = (tag: string, extra: string) => (xml: string) => {
  const at = xml.indexOf(tag);
  if (at < 0) throw new Error(`no ${tag}`);
  return `${xml.slice(0, at)}${extra}${xml.slice(at)}`;
};

describe("readWorkbookGrid refuses what is not a readable .xlsx, with a French message", () => {
  test("an empty file", async () => {
    await expectRefused(Buffer.alloc(0), XLSX_MESSAGES.empty);
  });

  test("random bytes, text and a PDF are not a workbook", async () => {
    await expectRefused(randomBytes(5000), XLSX_MESSAGES.notZip);
    await expectRefused(Buffer.from("Commune;Code INSEE\nDijon;21231\n"), /^fichier illisible : ce n'est pas un classeur \.xlsx/);
    await expectRefused(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), XLSX_MESSAGES.notZip);
  });

  test("whatever the bytes, the reader answers with a value and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const read = await readWorkbookGrid(Buffer.from(bytes));
        expect(read.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test("a truncated workbook, cut anywhere, is refused", async () => {
    await expectRefused(template.subarray(0, Math.floor(template.length / 2)), XLSX_MESSAGES.damaged);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: template.length - 1 }), async (length) => {
        await expectRefused(template.subarray(0, length));
      }),
      { numRuns: 100 },
    );
  });

  test("a workbook with corrupted bytes is read or refused, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (changes) => {
        const bytes = Buffer.from(template);
        for (const [at, byte] of changes) bytes[at % bytes.length] = byte;
        const read = await readWorkbookGrid(bytes);
        if (!read.ok) expect(read.message).toMatch(FRENCH_REFUSAL);
      }),
      { numRuns: 150 },
    );
  });

  test("sheet XML mangled inside a sound zip is read or refused, never a throw", async () => {
    const xml = unzipFiles(template).find((file) => file.name === SHEET)?.content.toString("utf8") ?? "";
    await fc.assert(
      fc.asyncProperty(fc.nat(xml.length), fc.string({ maxLength: 20 }), async (at, junk) => {
        const read = await readWorkbookGrid(withFileText(template, SHEET, () => `${xml.slice(0, at)}${junk}${xml.slice(at + junk.length)}`));
        if (!read.ok) expect(read.message).toMatch(FRENCH_REFUSAL);
      }),
      { numRuns: 60 },
    );
  });

  test("a zip that is not a workbook (a Word document, an OpenDocument spreadsheet)", async () => {
    const docx = buildZip([
      { name: "[Content_Types].xml", content: Buffer.from("<Types/>") },
      { name: "word/document.xml", content: Buffer.from("<w:document/>") },
    ]);
    await expectRefused(docx, XLSX_MESSAGES.notWorkbook);
    const ods = buildZip([
      { name: "mimetype", content: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), method: 0 },
      { name: "content.xml", content: Buffer.from("<office:document-content/>") },
    ]);
    await expectRefused(ods, XLSX_MESSAGES.notWorkbook);
  });

  test("an OLE compound file: a password-protected workbook or an old .xls", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)]);
    const message = await expectRefused(ole, XLSX_MESSAGES.oleFile);
    expect(message).toContain("mot de passe");
    expect(message).toContain(".xls");
  });

  test("a macro-enabled workbook, by its VBA project or by its content type", async () => {
    const withVba = rezip(template, (files) => [...files, { name: "xl/vbaProject.bin", content: randomBytes(2048) }]);
    await expectRefused(withVba, XLSX_MESSAGES.macros);
    const macroType = withFileText(template, "[Content_Types].xml", (xml) =>
      xml.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
    );
    expect(macroType).not.toEqual(template);
    await expectRefused(macroType, XLSX_MESSAGES.macros);
  });

  test("a zip whose entries are encrypted", async () => {
    await expectRefused(
      rezip(template, (files) => files.map((file) => (file.name === SHEET ? { ...file, flags: 1 } : file))),
      XLSX_MESSAGES.encrypted,
    );
  });

  test("a zip64 or split archive", async () => {
    const bytes = Buffer.from(template);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(0xffff, end + 10);
    await expectRefused(bytes, XLSX_MESSAGES.damaged);
  });
});

describe("readWorkbookGrid refuses zip bombs before inflating them", () => {
  test("an honest bomb: 100 MB of zeros declared as such", async () => {
    const bomb = rezip(template, (files) => [...files, { name: "xl/worksheets/sheet9.xml", content: Buffer.alloc(100 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(500_000);
    await expectRefused(bomb, /^classeur refusé : son contenu décompressé est anormalement volumineux \(\d+ Mo une fois décompressé, 60 Mo au plus\)/);
  });

  test("a part compressed far beyond what a spreadsheet allows, even under the total", async () => {
    const media = rezip(template, (files) => [...files, { name: "xl/media/image1.png", content: Buffer.alloc(20 * 1024 * 1024) }]);
    await expectRefused(media, /compressé plus de 200 fois/);
  });

  test("a lying central directory: a sheet declared 2 KB that inflates to 50 MB is cut at 2 KB", async () => {
    const liar = rezip(template, (files) =>
      files.map((file) => (file.name === SHEET ? { name: SHEET, content: Buffer.alloc(50 * 1024 * 1024, 0x20), declaredSize: 2048 } : file)),
    );
    // Whatever inflates during the read, no output may exceed a declared size (+1 byte, the proof of the lie).
    const inflate = jest.spyOn(zlib, "inflateRawSync");
    try {
      await expectRefused(liar, XLSX_MESSAGES.damaged);
      expect(inflate).toHaveBeenCalled();
      const largest = Math.max(0, ...inflate.mock.results.map((result) => (result.type === "return" ? (result.value as Buffer).length : 0)));
      expect(largest).toBeLessThanOrEqual(2049);
    } finally {
      inflate.mockRestore();
    }
  });

  test("overlapping entries (one compressed kernel referenced many times)", async () => {
    const kernel = Buffer.alloc(1024 * 1024, 0x41);
    const files = [{ name: "[Content_Types].xml", content: Buffer.from("<Types/>") }, { name: "xl/workbook.xml", content: kernel }];
    const aliases = Array.from({ length: 50 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: kernel, sameDataAs: 1 }));
    await expectRefused(buildZip([...files, ...aliases]), /fichiers de l'archive superposés/);
  });

  test("too many entries", async () => {
    const many = rezip(template, (files) => [...files, ...Array.from({ length: XLSX_READ_LIMITS.maxEntries }, (_, i) => ({ name: `customXml/item${i}.xml`, content: Buffer.from("<a/>") }))]);
    await expectRefused(many, /plus de 2000 fichiers dans l'archive/);
  });

  test("sheets too large to be a filled template", async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 1}"><c r="B${i + 1}" t="inlineStr"><is><t>${"x".repeat(60)}</t></is></c></row>`).join("");
    const huge = rezip(template, (files) => [...files, { name: "xl/worksheets/sheet9.xml", content: Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) }]);
    await expectRefused(huge, /^classeur refusé : ses feuilles contiennent trop de données pour un modèle rempli \(\d+ Mo une fois décompressées, 16 Mo au plus\)/);
  });
});

describe("readWorkbookGrid refuses sheets that would cost ExcelJS too much", () => {
  test("more rows than any template has", async () => {
    const rows = Array.from({ length: XLSX_READ_LIMITS.maxSheetRows + 1 }, (_, i) => `<row r="${i + 300}"/>`).join("");
    await expectRefused(withFileText(template, SHEET, (xml) => xml.replace("</sheetData>", `${rows}</sheetData>`)), XLSX_MESSAGES.tooManyRows);
  });

  test("more cells than any template has, even on few rows", async () => {
    const columns = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
    const rowCount = Math.ceil((XLSX_READ_LIMITS.maxCells + 1) / columns.length);
    const rows = Array.from({ length: rowCount }, (_, i) => `<row r="${i + 300}">${columns.map((column) => `<c r="${column}${i + 300}"><v>1</v></c>`).join("")}</row>`).join("");
    await expectRefused(withFileText(template, SHEET, (xml) => xml.replace("</sheetData>", `${rows}</sheetData>`)), /^classeur refusé : il contient [\d\u202f ]+ cellules, plus que les 250\u202f000 qu'un modèle rempli peut compter/);
  });

  test("a merge covering the whole sheet, or thousands of merges", async () => {
    const giant = withFileText(template, SHEET, insertBefore("</mergeCells>", '<mergeCell ref="A5000:XFD1048576"/>'));
    await expectRefused(giant, /^classeur refusé : il contient trop de cellules fusionnées/);
    const merges = Array.from({ length: XLSX_READ_LIMITS.maxMerges + 1 }, (_, i) => `<mergeCell ref="H${i + 1}:I${i + 1}"/>`).join("");
    await expectRefused(withFileText(template, SHEET, insertBefore("</mergeCells>", merges)), /^classeur refusé : il contient trop de cellules fusionnées/);
  });

  test("overlapping merges are refused as a damaged workbook", async () => {
    await expectRefused(withFileText(template, SHEET, insertBefore("</mergeCells>", '<mergeCell ref="C1:D1"/>')), XLSX_MESSAGES.overlappingMerges);
  });

  test("values far below or right of the template are refused, naming the cell, rather than dropped", async () => {
    const tall = await loadWorkbook(template);
    firstSheet(tall).getCell("B25000").value = "perdu ?";
    expect(await expectRefused(await saveWorkbook(tall))).toContain("B25000");
    const wide = await loadWorkbook(template);
    firstSheet(wide).getCell(1, 101).value = 1;
    expect(await expectRefused(await saveWorkbook(wide))).toContain("au-delà de la colonne CV");
  });
});

describe("readWorkbookGrid reads what it can safely skip", () => {
  test("a data validation over the whole sheet is ignored, not expanded cell by cell", async () => {
    const rule = '<dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>';
    const bytes = withFileText(template, SHEET, (xml) => xml.replace(/<dataValidations count="(\d+)">/, (_, count: string) => `<dataValidations count="${Number(count) + 1}">${rule}`));
    // Expanded, it would be 17 billion cells (the test would never end); its time is in bench/README.md.
    expect(await readWorkbookGrid(bytes)).toMatchObject({ ok: true, grid: renderGrid(layout) });
  });

  test("defined names ExcelJS would throw on (an empty print area) do not get in the way", async () => {
    const bytes = withFileText(template, "xl/workbook.xml", (xml) => xml.replace("<definedNames>", '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0"></definedName>'));
    expect(await readWorkbookGrid(bytes)).toMatchObject({ ok: true, grid: renderGrid(layout) });
  });

  test("pictures, comments and hyperlinks do not get in the way", async () => {
    const workbook = await loadWorkbook(template);
    const sheet = firstSheet(workbook);
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const image = workbook.addImage({ buffer: png as unknown as Parameters<typeof workbook.addImage>[0]["buffer"], extension: "png" });
    sheet.addImage(image, "H2:I4");
    sheet.getCell("H10").note = "Commentaire de la commune";
    sheet.getCell("H12").value = { text: "Site de la métropole", hyperlink: "https://www.metropole-dijon.fr" };
    const read = await readWorkbookGrid(await saveWorkbook(workbook));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.grid[11]?.[7]).toBe("Site de la métropole");
  });

  test("a 5 MB workbook, mostly a picture, is read (its time is in bench/README.md)", async () => {
    const heavy = rezip(template, (files) => [...files, { name: "xl/media/image1.png", content: randomBytes(5 * 1024 * 1024 - 200_000), method: 0 }]);
    expect(heavy.length).toBeGreaterThan(4.8 * 1024 * 1024);
    expect(await readWorkbookGrid(heavy)).toMatchObject({ ok: true, grid: renderGrid(layout) });
  });
});
