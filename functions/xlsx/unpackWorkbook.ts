import { inflateEntry } from "./inflateEntry";
import { readZipDirectory, type ZipEntry } from "./readZipDirectory";
import { storeZip, type ZipPart } from "./storeZip";
import { withoutDefinedNames } from "./withoutDefinedNames";
import { XLSX_MESSAGES } from "./xlsxMessages";
import { XLSX_READ_LIMITS } from "./xlsxReadLimits";

/** The magic number of OLE compound files: encrypted Office documents and old .xls workbooks. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const CONTENT_TYPES = "[Content_Types].xml";
const WORKBOOK = "xl/workbook.xml";
/** The parts ExcelJS needs to read cell values; drawings, media, comments, tables, VBA… are left out. */
const VALUE_PARTS = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const MACRO_PART = /(?:^|\/)vbaProject\.bin$/i;

const MIB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.round(bytes / MIB)} Mo`;

/** A workbook package vetted for reading: a zip of the value parts only, stored uncompressed, and those parts. */
export type UnpackedWorkbook = { ok: true; zip: Buffer; parts: ReadonlyMap<string, Buffer> } | { ok: false; message: string };

/** Why the declared sizes look like a zip bomb, if they do. */
function bombReason(entries: readonly ZipEntry[]): string | undefined {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > XLSX_READ_LIMITS.maxTotalUncompressedBytes) return `${megabytes(total)} une fois décompressé, ${megabytes(XLSX_READ_LIMITS.maxTotalUncompressedBytes)} au plus`;
  const inflated = entries.find(
    (entry) => entry.uncompressedSize > XLSX_READ_LIMITS.ratioCheckedFromBytes && entry.uncompressedSize > entry.compressedSize * XLSX_READ_LIMITS.maxCompressionRatio,
  );
  return inflated ? `« ${inflated.name} » est compressé plus de ${XLSX_READ_LIMITS.maxCompressionRatio} fois` : undefined;
}

/** The package's parts ExcelJS would need, or the message refusing the package. */
function vetEntries(entries: readonly ZipEntry[]): { ok: true; wanted: ZipEntry[] } | { ok: false; message: string } {
  if (entries.some((entry) => entry.encrypted)) return { ok: false, message: XLSX_MESSAGES.encrypted };
  const names = entries.map((entry) => entry.name.replace(/^\//, ""));
  if (new Set(names).size !== names.length) return { ok: false, message: XLSX_MESSAGES.damaged };
  if (names.some((name) => MACRO_PART.test(name))) return { ok: false, message: XLSX_MESSAGES.macros };
  if (!names.includes(CONTENT_TYPES) || !names.includes(WORKBOOK)) return { ok: false, message: XLSX_MESSAGES.notWorkbook };
  const bomb = bombReason(entries);
  if (bomb) return { ok: false, message: XLSX_MESSAGES.zipBomb(bomb) };
  const wanted = entries.filter((entry) => VALUE_PARTS.test(entry.name.replace(/^\//, "")));
  const valueBytes = wanted.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (valueBytes > XLSX_READ_LIMITS.maxValuePartsBytes) return { ok: false, message: XLSX_MESSAGES.tooMuchData(valueBytes, XLSX_READ_LIMITS.maxValuePartsBytes) };
  return { ok: true, wanted };
}

/**
 * Opens an uploaded .xlsx without trusting it, before ExcelJS sees a byte: refuses OLE files
 * (encrypted workbooks, .xls), anything that is not a zip, damaged or zip64 archives, encrypted
 * entries, macros (vbaProject.bin or a macro-enabled content type), packages without workbook,
 * zip bombs (too many entries, too large declared sizes or ratios, overlapping entries) and sheets
 * too large to be a filled template (ExcelJS would take seconds). The archive's directory is read
 * by yauzl (`readZipDirectory`); the parts needed for values are inflated by zlib, each stopped
 * just past its declared size, so a lying directory cannot inflate more (`inflateEntry`); ExcelJS
 * then reads a new, uncompressed zip of those parts only, written by fflate (`storeZip`), without
 * the workbook's defined names (not needed, and ExcelJS throws on some, e.g. an empty print area).
 */
export async function unpackWorkbook(bytes: Buffer): Promise<UnpackedWorkbook> {
  if (bytes.length === 0) return { ok: false, message: XLSX_MESSAGES.empty };
  if (bytes.length > XLSX_READ_LIMITS.maxFileBytes) return { ok: false, message: XLSX_MESSAGES.tooLarge(XLSX_READ_LIMITS.maxFileBytes) };
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) return { ok: false, message: XLSX_MESSAGES.oleFile };
  const directory = await readZipDirectory(bytes, XLSX_READ_LIMITS.maxEntries);
  if (!directory.ok) {
    const messages = {
      notZip: XLSX_MESSAGES.notZip,
      corrupt: XLSX_MESSAGES.damaged,
      zip64: XLSX_MESSAGES.damaged,
      encrypted: XLSX_MESSAGES.encrypted,
      tooManyEntries: XLSX_MESSAGES.zipBomb(`plus de ${XLSX_READ_LIMITS.maxEntries} fichiers dans l'archive`),
      overlapping: XLSX_MESSAGES.zipBomb("fichiers de l'archive superposés"),
    } as const;
    return { ok: false, message: messages[directory.problem] };
  }
  const vetted = vetEntries(directory.entries);
  if (!vetted.ok) return vetted;
  const parts = new Map<string, Buffer>();
  for (const entry of vetted.wanted) {
    const content = inflateEntry(bytes, entry);
    if (!content) return { ok: false, message: XLSX_MESSAGES.damaged };
    parts.set(entry.name.replace(/^\//, ""), content);
  }
  if (/macroEnabled/i.test(parts.get(CONTENT_TYPES)?.toString("utf8") ?? "")) return { ok: false, message: XLSX_MESSAGES.macros };
  const workbook = parts.get(WORKBOOK);
  if (workbook) parts.set(WORKBOOK, Buffer.from(withoutDefinedNames(workbook.toString("utf8")), "utf8"));
  const files: ZipPart[] = [...parts].map(([name, content]) => ({ name, content }));
  return { ok: true, zip: storeZip(files), parts };
}
