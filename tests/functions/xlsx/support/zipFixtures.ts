import zlib from "node:zlib";
import { inflateEntry } from "../../../../functions/xlsx/inflateEntry";
import { readZipDirectory } from "../../../../functions/xlsx/readZipDirectory";

/** A file of a hand-made zip; what its central directory declares can be made to lie. */
export interface FixtureFile {
  readonly name: string;
  readonly content: Buffer;
  /** 8 (deflate, the default) or 0 (stored). */
  readonly method?: 0 | 8;
  /** The uncompressed size the directory declares (the real one by default). */
  readonly declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
  /** Points this directory record at the data of an earlier file (overlapping entries). */
  readonly sameDataAs?: number;
}

/** A zip archive of the files, written by hand so that tests can make it lie. */
export function buildZip(files: readonly FixtureFile[]): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const records: { crc: number; compressed: number }[] = [];
  let offset = 0;
  files.forEach((file, index) => {
    const name = Buffer.from(file.name, "utf8");
    const method = file.method ?? 8;
    const data = method === 8 ? zlib.deflateRawSync(file.content) : file.content;
    const crc = zlib.crc32(file.content) >>> 0;
    const declared = file.declaredSize ?? file.content.length;
    const alias = file.sameDataAs;
    if (alias === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(file.flags ?? 0, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(name.length, 26);
      offsets[index] = offset;
      records[index] = { crc, compressed: data.length };
      chunks.push(local, name, data);
      offset += 30 + name.length + data.length;
    } else {
      offsets[index] = offsets[alias] ?? 0;
      records[index] = records[alias] ?? { crc, compressed: data.length };
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(file.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(records[index]?.crc ?? crc, 16);
    central.writeUInt32LE(records[index]?.compressed ?? data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offsets[index] ?? 0, 42);
    centrals.push(central, name);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The files of a (well-formed) zip archive. */
export function unzipFiles(bytes: Buffer): { name: string; content: Buffer }[] {
  const directory = readZipDirectory(bytes, 10_000);
  if (!directory.ok) throw new Error(`not a zip: ${directory.problem}`);
  return directory.entries.map((entry) => {
    const content = inflateEntry(bytes, entry);
    if (!content) throw new Error(`cannot inflate ${entry.name}`);
    return { name: entry.name, content };
  });
}

/** The workbook's zip rebuilt after `edit` changed its files (deflated, honest sizes). */
export function rezip(bytes: Buffer, edit: (files: { name: string; content: Buffer }[]) => FixtureFile[]): Buffer {
  return buildZip(edit(unzipFiles(bytes)));
}

/** A copy of the workbook zip with one file's text replaced. */
export function withFileText(bytes: Buffer, name: string, change: (text: string) => string): Buffer {
  return rezip(bytes, (files) => files.map((file) => (file.name === name ? { name, content: Buffer.from(change(file.content.toString("utf8")), "utf8") } : file)));
}
