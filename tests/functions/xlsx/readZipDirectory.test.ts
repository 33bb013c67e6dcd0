import { inflateEntry } from "../../../functions/xlsx/inflateEntry";
import { readZipDirectory } from "../../../functions/xlsx/readZipDirectory";
import { storeZip } from "../../../functions/xlsx/storeZip";
import { buildZip } from "./support/zipFixtures";

const files = [
  { name: "[Content_Types].xml", content: Buffer.from("<Types/>") },
  { name: "xl/workbook.xml", content: Buffer.from("<workbook>é</workbook>".repeat(100)) },
  { name: "empty.txt", content: Buffer.alloc(0) },
];

describe("readZipDirectory", () => {
  test("lists the entries with their declared sizes, and inflateEntry gives their content back", () => {
    for (const method of [0, 8] as const) {
      const bytes = buildZip(files.map((file) => ({ ...file, method })));
      const directory = readZipDirectory(bytes, 10);
      if (!directory.ok) throw new Error(directory.problem);
      expect(directory.entries.map((entry) => [entry.name, entry.method, entry.uncompressedSize])).toEqual(files.map((file) => [file.name, method, file.content.length]));
      expect(directory.entries.map((entry) => inflateEntry(bytes, entry))).toEqual(files.map((file) => file.content));
    }
  });

  test("reads archives written by storeZip, which a round trip leaves unchanged", () => {
    const bytes = storeZip(files);
    const directory = readZipDirectory(bytes, 10);
    if (!directory.ok) throw new Error(directory.problem);
    expect(directory.entries.map((entry) => ({ name: entry.name, content: inflateEntry(bytes, entry) }))).toEqual(files);
  });

  test("tells apart what is not a zip, a damaged zip, a zip64, too many entries and overlapping entries", () => {
    const bytes = buildZip(files);
    expect(readZipDirectory(Buffer.from("bonjour, ce n'est pas une archive"), 10)).toEqual({ ok: false, problem: "notZip" });
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 30), 10)).toEqual({ ok: false, problem: "corrupt" });
    expect(readZipDirectory(bytes, 2)).toEqual({ ok: false, problem: "tooManyEntries" });
    const zip64 = Buffer.from(bytes);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 + 16);
    expect(readZipDirectory(zip64, 10)).toEqual({ ok: false, problem: "zip64" });
    const overlapping = buildZip([...files, { name: "copy.xml", content: Buffer.alloc(0), sameDataAs: 1 }]);
    expect(readZipDirectory(overlapping, 10)).toEqual({ ok: false, problem: "overlapping" });
  });

  test("refuses an entry whose data would run into the central directory", () => {
    const bytes = buildZip(files);
    const directory = readZipDirectory(bytes, 10);
    if (!directory.ok) throw new Error(directory.problem);
    const lastRecord = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1_000_000, lastRecord + 20);
    expect(readZipDirectory(bytes, 10)).toEqual({ ok: false, problem: "corrupt" });
  });
});

describe("inflateEntry", () => {
  test("stops at the declared size: a lie about it, the size or the CRC gives undefined", () => {
    const content = Buffer.alloc(100_000, 0x61);
    for (const declaredSize of [10, 99_999, 100_001]) {
      const bytes = buildZip([{ name: "a.xml", content, declaredSize }]);
      const directory = readZipDirectory(bytes, 10);
      if (!directory.ok) throw new Error(directory.problem);
      const [entry] = directory.entries;
      if (!entry) throw new Error("no entry");
      expect(inflateEntry(bytes, entry)).toBeUndefined();
      expect(inflateEntry(bytes, { ...entry, uncompressedSize: content.length })).toEqual(content);
      expect(inflateEntry(bytes, { ...entry, uncompressedSize: content.length, crc32: entry.crc32 ^ 1 })).toBeUndefined();
    }
  });

  test("refuses compression methods other than stored and deflated, and damaged deflate data", () => {
    const bytes = buildZip([{ name: "a.xml", content: Buffer.from("<a/>".repeat(50)) }]);
    const directory = readZipDirectory(bytes, 10);
    if (!directory.ok) throw new Error(directory.problem);
    const [entry] = directory.entries;
    if (!entry) throw new Error("no entry");
    expect(inflateEntry(bytes, { ...entry, method: 12 })).toBeUndefined();
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, entry.dataStart, entry.dataStart + 4);
    expect(inflateEntry(damaged, entry)).toBeUndefined();
  });
});
