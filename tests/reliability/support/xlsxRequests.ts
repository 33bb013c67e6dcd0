import fc from "fast-check";
import { buildZip, type FixtureFile } from "../../functions/xlsx/support/zipFixtures";
import type { FuzzRequest } from "./fuzzRequest";
import { FORMULA_STRINGS, hostileString, NUMBER_TEXTS } from "./hostileValues";
import type { WorkbookBase } from "./buildWorkbookBase";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";

type Parts = Map<string, Buffer>;

/** An edit of the workbook's parts (XML level); `pick` chooses among the base's cells of the right kind. */
type PartEdit =
  | { readonly kind: "formula"; readonly pick: number; readonly formula: string; readonly cached: string | null }
  | { readonly kind: "text"; readonly pick: number; readonly inQuantity: boolean; readonly text: string }
  | { readonly kind: "number"; readonly pick: number; readonly value: string }
  | { readonly kind: "date"; readonly pick: number; readonly serial: number; readonly iso: boolean }
  | { readonly kind: "error"; readonly pick: number; readonly value: string }
  | { readonly kind: "sharedIndex"; readonly pick: number; readonly index: number }
  | { readonly kind: "merge"; readonly ranges: readonly (readonly [number, number, number, number])[] }
  | { readonly kind: "rows"; readonly count: number; readonly wide: boolean }
  | { readonly kind: "sheets"; readonly count: number; readonly decoyFirst: boolean }
  | { readonly kind: "renameSheet"; readonly name: string }
  | { readonly kind: "dropKeyColumn" }
  | { readonly kind: "farCell"; readonly address: string }
  | { readonly kind: "otherCommune"; readonly insee: string }
  | { readonly kind: "brokenXml"; readonly part: string; readonly at: number }
  | { readonly kind: "removePart"; readonly part: string }
  | { readonly kind: "macroContentType" };

/** An edit of the package's bytes (zip level), after the part edits. */
type ZipEdit =
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "flip"; readonly bytes: readonly (readonly [number, number])[] }
  | { readonly kind: "duplicateEntry"; readonly part: string }
  | { readonly kind: "vba" }
  | { readonly kind: "lyingSize"; readonly part: string; readonly size: number }
  | { readonly kind: "encryptedFlag"; readonly part: string }
  | { readonly kind: "stored" };

const columnName = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const pickOf = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(1, items.length)];

/** Replaces the cell at `address` in the sheet XML (adding it to its row when the row has no such cell). */
function setCell(xml: string, address: string, inner: (style: string) => string): string {
  const cell = new RegExp(`<c r="${address}"((?: [a-z]+="[^"]*")*?)(?:/>|>[\\s\\S]*?</c>)`);
  const match = cell.exec(xml);
  if (match) {
    const style = /\bs="\d+"/.exec(match[1] ?? "")?.[0] ?? "";
    return xml.slice(0, match.index) + inner(style) + xml.slice(match.index + match[0].length);
  }
  const row = /\d+$/.exec(address)?.[0];
  const rowOpen = new RegExp(`<row r="${row}"[^>]*>`).exec(xml);
  if (!rowOpen) return xml;
  const at = rowOpen.index + rowOpen[0].length;
  return xml.slice(0, at) + inner("") + xml.slice(at);
}

function editSheet(parts: Parts, change: (xml: string) => string): void {
  const sheet = parts.get(SHEET);
  if (sheet) parts.set(SHEET, Buffer.from(change(sheet.toString("utf8")), "utf8"));
}

function editText(parts: Parts, name: string, change: (text: string) => string): void {
  const part = parts.get(name);
  if (part) parts.set(name, Buffer.from(change(part.toString("utf8")), "utf8"));
}

/** The date style of the base (the état des lieux cell), to type a date where a count belongs. */
function dateStyleOf(xml: string, address: string | undefined): string {
  if (!address) return "";
  return new RegExp(`<c r="${address}"( s="\\d+")`).exec(xml)?.[1]?.trim() ?? "";
}

function addSheets(parts: Parts, count: number, decoyFirst: boolean): void {
  const names = Array.from({ length: count }, (_, index) => `Feuil${index + 2}`);
  names.forEach((_, index) => parts.set(`xl/worksheets/sheet${index + 2}.xml`, Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x${index}</t></is></c><c r="B1"><v>${index}</v></c></row></sheetData></worksheet>`)));
  editText(parts, "xl/_rels/workbook.xml.rels", (rels) => rels.replace("</Relationships>", names.map((_, index) => `<Relationship Id="rIdFuzz${index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 2}.xml"/>`).join("") + "</Relationships>"));
  editText(parts, "[Content_Types].xml", (types) => types.replace("</Types>", names.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 2}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") + "</Types>"));
  editText(parts, WORKBOOK, (workbook) => {
    const extra = names.map((name, index) => `<sheet name="${name}" sheetId="${index + 100}" r:id="rIdFuzz${index}"/>`).join("");
    return decoyFirst ? workbook.replace("<sheets>", `<sheets>${extra}`) : workbook.replace("</sheets>", `${extra}</sheets>`);
  });
}

function applyPartEdit(parts: Parts, base: WorkbookBase, edit: PartEdit): string {
  const { quantities, texts } = base.cells;
  switch (edit.kind) {
    case "formula": {
      const address = pickOf([...quantities, ...texts], edit.pick) ?? "D10";
      const cached = edit.cached === null ? "" : /^-?\d+(\.\d+)?$/.test(edit.cached) ? `<v>${edit.cached}</v>` : `<v>${escapeXml(edit.cached)}</v>`;
      const type = edit.cached !== null && !/^-?\d+(\.\d+)?$/.test(edit.cached) ? ' t="str"' : "";
      editSheet(parts, (xml) => setCell(xml, address, (style) => `<c r="${address}" ${style}${type}><f>${escapeXml(edit.formula.replace(/^=/, ""))}</f>${cached}</c>`));
      return `formula in ${address}`;
    }
    case "text": {
      const address = pickOf(edit.inQuantity ? quantities : texts, edit.pick) ?? "D10";
      editSheet(parts, (xml) => setCell(xml, address, (style) => `<c r="${address}" ${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(edit.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, "?"))}</t></is></c>`));
      return `text in ${edit.inQuantity ? "count" : "text"} cell ${address}`;
    }
    case "number": {
      const address = pickOf(quantities, edit.pick) ?? "E10";
      editSheet(parts, (xml) => setCell(xml, address, (style) => `<c r="${address}" ${style}><v>${escapeXml(edit.value)}</v></c>`));
      return `number ${edit.value.slice(0, 12)} in ${address}`;
    }
    case "date": {
      const address = pickOf(quantities, edit.pick) ?? "E10";
      const sheet = parts.get(SHEET)?.toString("utf8") ?? "";
      const dateStyle = dateStyleOf(sheet, base.cells.identity.date);
      editSheet(parts, (xml) =>
        setCell(xml, address, () => (edit.iso ? `<c r="${address}" t="d"><v>2025-01-15T00:00:00Z</v></c>` : `<c r="${address}" ${dateStyle}><v>${edit.serial}</v></c>`)),
      );
      return `date in count cell ${address}`;
    }
    case "error": {
      const address = pickOf([...quantities, ...texts], edit.pick) ?? "E10";
      editSheet(parts, (xml) => setCell(xml, address, (style) => `<c r="${address}" ${style} t="e"><v>${edit.value}</v></c>`));
      return `error ${edit.value} in ${address}`;
    }
    case "sharedIndex": {
      const address = pickOf([...quantities, ...texts], edit.pick) ?? "E10";
      editSheet(parts, (xml) => setCell(xml, address, (style) => `<c r="${address}" ${style} t="s"><v>${edit.index}</v></c>`));
      return `shared string #${edit.index} in ${address}`;
    }
    case "merge": {
      const refs = edit.ranges.map(([row, column, height, width]) => `${columnName(column)}${row}:${columnName(column + width)}${row + height}`);
      editSheet(parts, (xml) => xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "").replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`));
      return `${refs.length} merge(s)`;
    }
    case "rows": {
      const last = Number(/<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(parts.get(SHEET)?.toString("utf8") ?? "")?.[1] ?? 300);
      const rows = Array.from({ length: edit.count }, (_, index) => {
        const row = last + 1 + index;
        const cells = edit.wide ? Array.from({ length: 30 }, (_, column) => `<c r="${columnName(column + 1)}${row}"><v>${column}</v></c>`).join("") : `<c r="B${row}" t="inlineStr"><is><t>ligne ${row}</t></is></c><c r="E${row}"><v>${index}</v></c>`;
        return `<row r="${row}">${cells}</row>`;
      });
      editSheet(parts, (xml) => xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
      return `${edit.count} rows added${edit.wide ? " (30 columns)" : ""}`;
    }
    case "sheets":
      addSheets(parts, edit.count, edit.decoyFirst);
      return `${edit.count} sheets added${edit.decoyFirst ? " before" : ""}`;
    case "renameSheet":
      editText(parts, WORKBOOK, (workbook) => workbook.replace(/(<sheet [^>]*name=")[^"]*"/, `$1${escapeXml(edit.name)}"`));
      return `sheet renamed ${JSON.stringify(edit.name)}`;
    case "dropKeyColumn":
      editSheet(parts, (xml) => xml.replace(/<c r="A\d+"(?: [a-z]+="[^"]*")*(?:\/>|>[\s\S]*?<\/c>)/g, ""));
      return "key column removed";
    case "farCell":
      editSheet(parts, (xml) => xml.replace("</sheetData>", `<row r="${/\d+$/.exec(edit.address)?.[0]}"><c r="${edit.address}"><v>1</v></c></row></sheetData>`));
      return `value in ${edit.address}`;
    case "otherCommune": {
      const address = base.cells.identity.insee;
      if (address) editSheet(parts, (xml) => setCell(xml, address, (style) => `<c r="${address}" ${style} t="inlineStr"><is><t>${edit.insee}</t></is></c>`));
      return `commune ${edit.insee}`;
    }
    case "brokenXml":
      editText(parts, edit.part, (text) => text.slice(0, edit.at % Math.max(1, text.length)));
      return `${edit.part} cut`;
    case "removePart":
      parts.delete(edit.part);
      return `${edit.part} removed`;
    case "macroContentType":
      editText(parts, "[Content_Types].xml", (types) => types.replace("sheet.main+xml", "sheet.macroEnabled.main+xml"));
      return "macro-enabled content type";
  }
}

function applyZipEdit(parts: Parts, edit: ZipEdit | null): { bytes: Buffer; label: string } {
  const files: FixtureFile[] = [...parts].map(([name, content]) => ({ name, content }));
  if (edit === null) return { bytes: buildZip(files), label: "" };
  switch (edit.kind) {
    case "truncate": {
      const bytes = buildZip(files);
      return { bytes: bytes.subarray(0, edit.at % bytes.length), label: "truncated" };
    }
    case "flip": {
      const bytes = buildZip(files);
      for (const [at, value] of edit.bytes) bytes[at % bytes.length] = value;
      return { bytes, label: `${edit.bytes.length} byte(s) flipped` };
    }
    case "duplicateEntry": {
      const file = files.find((candidate) => candidate.name === edit.part);
      return { bytes: buildZip(file ? [...files, file] : files), label: `${edit.part} twice` };
    }
    case "vba":
      return { bytes: buildZip([...files, { name: "xl/vbaProject.bin", content: Buffer.from("VBA") }]), label: "vbaProject.bin" };
    case "lyingSize":
      return { bytes: buildZip(files.map((file) => (file.name === edit.part ? { ...file, declaredSize: edit.size } : file))), label: `${edit.part} declares ${edit.size} bytes` };
    case "encryptedFlag":
      return { bytes: buildZip(files.map((file) => (file.name === edit.part ? { ...file, flags: 1 } : file))), label: `${edit.part} flagged encrypted` };
    case "stored":
      return { bytes: buildZip(files.map((file) => ({ ...file, method: 0 }))), label: "stored (no compression)" };
  }
}

const PARTS = [SHEET, WORKBOOK, "[Content_Types].xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"] as const;
const part = fc.constantFrom(...PARTS);

const partEdit: fc.Arbitrary<PartEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("formula" as const), pick: fc.nat(), formula: fc.constantFrom(...FORMULA_STRINGS, "=1+1", "=SUM(E10:E20)", "=NOW()", "=A1", "=INDIRECT(\"A1\")"), cached: fc.constantFrom(null, "2", "-1", "1e308", "=cmd", "texte") }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("text" as const), pick: fc.nat(), inQuantity: fc.boolean(), text: fc.oneof(hostileString, fc.constantFrom(...NUMBER_TEXTS)) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("number" as const), pick: fc.nat(), value: fc.constantFrom("1E+308", "-5", "3.7", "1e-320", "NaN", "abc", "", "99999999999999999999", "-0", "2.5E+3") }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("date" as const), pick: fc.nat(), serial: fc.integer({ min: 1, max: 60_000 }), iso: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("error" as const), pick: fc.nat(), value: fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("sharedIndex" as const), pick: fc.nat(), index: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 100_000, max: 2 ** 31 })) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      ranges: fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 6 }), fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1_000, max: 1_048_000 })), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 30 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("rows" as const), count: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1_000, max: 60_000 })), wide: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sheets" as const), count: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 500, max: 2_500 })), decoyFirst: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("renameSheet" as const), name: fc.constantFrom("Feuil1", "description organique", "DESCRIPTION  ORGANIQUE ", "Déscription organique", "Données", "=cmd") }) },
  { weight: 1, arbitrary: fc.constant({ kind: "dropKeyColumn" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("farCell" as const), address: fc.constantFrom("XFD1", "A1048576", "CV20001", "Z25000", "XFD1048576") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("otherCommune" as const), insee: fc.constantFrom("21166", "75056", "2A004", "00000", "=21231", "21231 ") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("brokenXml" as const), part, at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("removePart" as const), part }) },
  { weight: 1, arbitrary: fc.constant({ kind: "macroContentType" as const }) },
);

const zipEdit: fc.Arbitrary<ZipEdit> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("flip" as const), bytes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant("duplicateEntry" as const), part }),
  fc.constant({ kind: "vba" as const }),
  fc.record({ kind: fc.constant("lyingSize" as const), part, size: fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1, 100_000_000) }),
  fc.record({ kind: fc.constant("encryptedFlag" as const), part }),
  fc.constant({ kind: "stored" as const }),
);

/** Bytes that are no workbook at all. */
const notAWorkbook: fc.Arbitrary<{ bytes: Buffer; label: string }> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ bytes: Buffer.from(bytes), label: "random bytes" })),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from(bytes)]), label: "OLE file" })),
  fc.constantFrom("", "PK", "PK\u0003\u0004", "%PDF-1.7\n", "Commune;Code INSEE\nDijon;21231\n", "<html></html>", "{}").map((text) => ({ bytes: Buffer.from(text, "latin1"), label: `bytes ${JSON.stringify(text.slice(0, 12))}` })),
);

/**
 * Generated and mutated .xlsx submissions from filled templates: 1 to 3 edits of the workbook's
 * parts (formulas, text or dates or odd numbers where counts belong, error and shared-string cells,
 * merged cells, thousands of rows or sheets, a renamed sheet or no key column, another commune,
 * broken or missing parts, a macro content type), possibly an edit of the zip itself (truncated,
 * bytes flipped, duplicated or lying entries, VBA, encryption flag), or bytes that are no workbook.
 */
export function xlsxRequests(bases: readonly WorkbookBase[]): fc.Arbitrary<FuzzRequest> {
  const mutated = fc
    .tuple(fc.nat({ max: bases.length - 1 }), fc.array(partEdit, { minLength: 1, maxLength: 3 }), fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: zipEdit }))
    .map(([index, edits, zip]) => {
      const base = bases[index] as WorkbookBase;
      const parts: Parts = new Map(base.parts);
      const labels = edits.map((edit) => applyPartEdit(parts, base, edit));
      const packed = applyZipEdit(parts, zip);
      if (packed.label) labels.push(packed.label);
      return { label: labels.join("; "), route: "submit" as const, contentType: XLSX, body: new Uint8Array(packed.bytes) };
    });
  const garbage = notAWorkbook.map(({ bytes, label }) => ({ label, route: "submit" as const, contentType: XLSX, body: new Uint8Array(bytes) }));
  return fc.oneof({ weight: 9, arbitrary: mutated }, { weight: 1, arbitrary: garbage });
}
