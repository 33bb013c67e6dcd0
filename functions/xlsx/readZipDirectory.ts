/** One file of a zip archive, as its central directory declares it (offsets checked against the archive). */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (other methods are not inflated). */
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts, and its compressed data. */
  readonly headerStart: number;
  readonly dataStart: number;
}

/** Why a byte string is not a readable zip archive. */
export type ZipProblem = "notZip" | "corrupt" | "zip64" | "tooManyEntries" | "overlapping";

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ENCRYPTED_FLAG = 0x0001;
const UTF8_FLAG = 0x0800;

interface EndOfDirectory {
  readonly entries: number;
  readonly size: number;
  readonly offset: number;
  readonly at: number;
}

/** The last end-of-central-directory record whose directory lies before it. */
function findEnd(bytes: Buffer): EndOfDirectory | "zip64" | undefined {
  for (let at = bytes.length - END_SIZE; at >= Math.max(0, bytes.length - END_SIZE - MAX_COMMENT); at -= 1) {
    if (bytes.readUInt32LE(at) !== END_SIGNATURE) continue;
    const end = { entries: bytes.readUInt16LE(at + 10), size: bytes.readUInt32LE(at + 12), offset: bytes.readUInt32LE(at + 16), at };
    if (end.entries === 0xffff || end.size === 0xffffffff || end.offset === 0xffffffff) return "zip64";
    const multiDisk = bytes.readUInt16LE(at + 4) !== 0 || bytes.readUInt16LE(at + 6) !== 0 || bytes.readUInt16LE(at + 8) !== end.entries;
    if (!multiDisk && end.offset + end.size <= at) return end;
  }
  return undefined;
}

/** Reads one central-directory record at `at`; undefined when it or its local header is inconsistent. */
function readRecord(bytes: Buffer, at: number, directoryStart: number): { entry: ZipEntry; next: number } | "zip64" | undefined {
  if (at + CENTRAL_SIZE > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return undefined;
  const flags = bytes.readUInt16LE(at + 8);
  const compressedSize = bytes.readUInt32LE(at + 20);
  const uncompressedSize = bytes.readUInt32LE(at + 24);
  const nameLength = bytes.readUInt16LE(at + 28);
  const next = at + CENTRAL_SIZE + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  const headerStart = bytes.readUInt32LE(at + 42);
  if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || headerStart === 0xffffffff) return "zip64";
  if (next > bytes.length || headerStart + LOCAL_SIZE > directoryStart || bytes.readUInt32LE(headerStart) !== LOCAL_SIGNATURE) return undefined;
  const dataStart = headerStart + LOCAL_SIZE + bytes.readUInt16LE(headerStart + 26) + bytes.readUInt16LE(headerStart + 28);
  if (dataStart + compressedSize > directoryStart) return undefined;
  const name = bytes.toString(flags & UTF8_FLAG ? "utf8" : "latin1", at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const entry = { name, method: bytes.readUInt16LE(at + 10), encrypted: (flags & ENCRYPTED_FLAG) !== 0, crc32: bytes.readUInt32LE(at + 16), compressedSize, uncompressedSize, headerStart, dataStart };
  return { entry, next };
}

/** True when two entries share bytes (the trick of "overlapping" zip bombs). */
function overlaps(entries: readonly ZipEntry[]): boolean {
  const sorted = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  return sorted.some((entry, i) => {
    const following = sorted[i + 1];
    return following !== undefined && entry.dataStart + entry.compressedSize > following.headerStart;
  });
}

/**
 * Reads a zip archive's central directory without inflating anything: every entry with its
 * declared sizes, checked to lie inside the archive, before the directory and apart from each
 * other. Refuses zip64 (never needed by a workbook of a few megabytes), split archives and more
 * than `maxEntries` entries.
 */
export function readZipDirectory(bytes: Buffer, maxEntries: number): { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem } {
  if (bytes.length < END_SIZE) return { ok: false, problem: "notZip" };
  const end = findEnd(bytes);
  if (end === "zip64") return { ok: false, problem: "zip64" };
  if (!end) return { ok: false, problem: bytes.readUInt32LE(0) === LOCAL_SIGNATURE ? "corrupt" : "notZip" };
  if (end.entries > maxEntries) return { ok: false, problem: "tooManyEntries" };
  const entries: ZipEntry[] = [];
  let at = end.offset;
  for (let i = 0; i < end.entries; i += 1) {
    const record = readRecord(bytes, at, end.offset);
    if (record === "zip64") return { ok: false, problem: "zip64" };
    if (!record || record.next > end.offset + end.size) return { ok: false, problem: "corrupt" };
    entries.push(record.entry);
    at = record.next;
  }
  if (overlaps(entries)) return { ok: false, problem: "overlapping" };
  return { ok: true, entries };
}
