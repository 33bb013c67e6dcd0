import zlib from "node:zlib";
import { deflateSync, unzipSync, Zip, type ZipInputFile } from "fflate";

/** A file of a test archive; what its central directory declares can be made to lie. */
export interface FixtureFile {
  readonly name: string;
  readonly content: Buffer;
  /** 8 (deflate, the default) or 0 (stored). */
  readonly method?: 0 | 8;
  /** The uncompressed size the directory declares (the real one by default). */
  readonly declaredSize?: number;
  /** General-purpose flags added to those fflate writes (bit 0: encrypted). */
  readonly flags?: number;
  /** Points this directory record at the data of an earlier file (overlapping entries). */
  readonly sameDataAs?: number;
}

/** The date every file is given: the same files make the same archive. */
const MODIFIED = new Date("2000-01-01T00:00:00Z");
/** A central directory record without its name (fflate writes neither extra field nor comment), and the end record. */
const CENTRAL_RECORD_SIZE = 46;
const END_RECORD_SIZE = 22;

/** Where fflate wrote each file's central directory record: one after the other, from the offset the end record gives. */
function centralRecords(bytes: Buffer, files: readonly FixtureFile[]): number[] {
  let at = bytes.readUInt32LE(bytes.length - END_RECORD_SIZE + 16);
  return files.map((file) => {
    const record = at;
    at += CENTRAL_RECORD_SIZE + Buffer.byteLength(file.name, "utf8");
    return record;
  });
}

/**
 * A zip archive of the files, written by fflate: each file is handed to fflate's `Zip` already
 * compressed (fflate's `deflateSync`) with the size and CRC-32 the directory is to declare, which
 * fflate writes as given — so a test can make them lie. Flags and overlapping entries, which no
 * writer makes, are then set in the records fflate wrote.
 */
export function buildZip(files: readonly FixtureFile[]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const file of files) {
    const method = file.method ?? 8;
    const input: ZipInputFile = { filename: file.name, compression: method, size: file.declaredSize ?? file.content.length, crc: zlib.crc32(file.content) >>> 0, mtime: MODIFIED };
    zip.add(input);
    input.ondata?.(null, method === 8 ? deflateSync(file.content) : new Uint8Array(file.content), true);
  }
  zip.end();
  const bytes = Buffer.concat(chunks);
  const records = centralRecords(bytes, files);
  files.forEach((file, index) => {
    const record = records[index] ?? 0;
    if (file.flags) bytes.writeUInt16LE(bytes.readUInt16LE(record + 8) | file.flags, record + 8);
    const alias = file.sameDataAs === undefined ? undefined : records[file.sameDataAs];
    if (alias !== undefined) {
      // The earlier file's CRC-32 and compressed size (bytes 16–23), and its local header's offset (42–45).
      bytes.copy(bytes, record + 16, alias + 16, alias + 24);
      bytes.copy(bytes, record + 42, alias + 42, alias + 46);
    }
  });
  return bytes;
}

/** The files of a (well-formed) zip archive, in order, read by fflate. */
export function unzipFiles(bytes: Buffer): { name: string; content: Buffer }[] {
  return Object.entries(unzipSync(bytes)).map(([name, content]) => ({ name, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) }));
}

/** The workbook's zip rebuilt after `edit` changed its files (deflated, honest sizes). */
export function rezip(bytes: Buffer, edit: (files: { name: string; content: Buffer }[]) => FixtureFile[]): Buffer {
  return buildZip(edit(unzipFiles(bytes)));
}

/** A copy of the workbook zip with one file's text replaced. */
export function withFileText(bytes: Buffer, name: string, change: (text: string) => string): Buffer {
  return rezip(bytes, (files) => files.map((file) => (file.name === name ? { name, content: Buffer.from(change(file.content.toString("utf8")), "utf8") } : file)));
}
