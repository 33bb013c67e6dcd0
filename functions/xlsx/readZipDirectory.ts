import yauzl from "yauzl";

/** One file of a zip archive, as its central directory declares it, its local header checked (by yauzl). */
export interface ZipEntry {
  /** As written (UTF-8 when flagged so, else CP437). */
  readonly name: string;
  /** 0 stored, 8 deflated (other methods are not inflated). */
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's bytes lie in the archive: its local header, its compressed data (yauzl checked it ends inside the archive). */
  readonly headerStart: number;
  readonly dataStart: number;
}

/** Why a byte string is not a readable zip archive. */
export type ZipProblem = "notZip" | "corrupt" | "zip64" | "encrypted" | "tooManyEntries" | "overlapping";

const LOCAL_SIGNATURE = Buffer.from("PK\u0003\u0004", "latin1");
/** The extra field holding zip64 sizes and offsets. */
const ZIP64_EXTRA_FIELD = 0x0001;

/** What yauzl's refusal means here: no archive at all, strong encryption, or a damaged archive. */
function problemOf(error: unknown, bytes: Buffer): ZipProblem {
  const message = error instanceof Error ? error.message : "";
  if (/end of central directory record signature not found/i.test(message)) {
    // No directory at the end: a zip that was cut short, or no zip at all.
    return bytes.subarray(0, LOCAL_SIGNATURE.length).equals(LOCAL_SIGNATURE) ? "corrupt" : "notZip";
  }
  return /strong encryption/i.test(message) ? "encrypted" : "corrupt";
}

/** True when two entries share bytes (the trick of "overlapping" zip bombs). */
function overlaps(entries: readonly ZipEntry[]): boolean {
  const sorted = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  return sorted.some((entry, index) => {
    const following = sorted[index + 1];
    return following !== undefined && entry.dataStart + entry.compressedSize > following.headerStart;
  });
}

/**
 * Reads a zip archive's central directory with yauzl, without inflating anything: every entry with
 * its declared sizes and where its data starts, its local header checked and its data to lie
 * inside the archive (yauzl), entries apart from each other. Counts the records it reads rather
 * than trusting the declared count: refuses more than `maxEntries`. Refuses zip64 entries (never
 * needed by a workbook of a few megabytes), split archives and strong encryption; anything else
 * yauzl refuses is a damaged archive.
 */
export async function readZipDirectory(bytes: Buffer, maxEntries: number): Promise<{ ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem }> {
  try {
    // Names are decoded below, without yauzl's checks of absolute or parent paths: nothing is written to disk.
    const file = await yauzl.fromBufferPromise(bytes, { decodeStrings: false, validateEntrySizes: true });
    const entries: ZipEntry[] = [];
    for await (const source of file.eachEntry()) {
      if (entries.length === maxEntries) return { ok: false, problem: "tooManyEntries" };
      if (source.extraFields.some((field) => field.id === ZIP64_EXTRA_FIELD)) return { ok: false, problem: "zip64" };
      const { fileDataStart } = await file.readLocalFileHeaderPromise(source, { minimal: true });
      entries.push({
        name: yauzl.getFileNameLowLevel(source.generalPurposeBitFlag, source.fileNameRaw, source.extraFields, false),
        method: source.compressionMethod,
        encrypted: source.isEncrypted(),
        crc32: source.crc32,
        compressedSize: source.compressedSize,
        uncompressedSize: source.uncompressedSize,
        headerStart: source.relativeOffsetOfLocalHeader,
        dataStart: fileDataStart,
      });
    }
    if (overlaps(entries)) return { ok: false, problem: "overlapping" };
    return { ok: true, entries };
  } catch (error) {
    return { ok: false, problem: problemOf(error, bytes) };
  }
}
