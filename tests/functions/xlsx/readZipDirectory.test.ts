import { inflateEntry } from "../../../functions/xlsx/inflateEntry";
import { readZipDirectory, type ZipEntry } from "../../../functions/xlsx/readZipDirectory";
import { storeZip } from "../../../functions/xlsx/storeZip";
import { buildZip, type FixtureFile } from "./support/zipFixtures";

const files = [
  { name: "[Content_Types].xml", content: Buffer.from("<Types/>") },
  { name: "xl/workbook.xml", content: Buffer.from("<workbook>é</workbook>".repeat(100)) },
  { name: "empty.txt", content: Buffer.alloc(0) },
];

async function entriesOf(bytes: Buffer, maxEntries = 10): Promise<ZipEntry[]> {
  const directory = await readZipDirectory(bytes, maxEntries);
  if (!directory.ok) throw new Error(directory.problem);
  return directory.entries;
}

/** The content of each entry, as inflateEntry gives it. */
async function contents(bytes: Buffer): Promise<(Buffer | undefined)[]> {
  return (await entriesOf(bytes)).map((entry) => inflateEntry(bytes, entry));
}

describe("readZipDirectory", () => {
  test("lists the entries with their declared sizes, and inflateEntry gives their content back", async () => {
    for (const method of [0, 8] as const) {
      const bytes = buildZip(files.map((file) => ({ ...file, method })));
      const entries = await entriesOf(bytes);
      expect(entries.map((entry) => [entry.name, entry.method, entry.uncompressedSize, entry.encrypted])).toEqual(files.map((file) => [file.name, method, file.content.length, false]));
      expect(await contents(bytes)).toEqual(files.map((file) => file.content));
    }
  });

  test("reads archives written by storeZip, which a round trip leaves unchanged", async () => {
    const bytes = storeZip(files);
    const entries = await entriesOf(bytes);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual(files.map((file) => [file.name, 0]));
    expect(await contents(bytes)).toEqual(files.map((file) => file.content));
    expect(storeZip(files)).toEqual(bytes);
  });

  test("tells apart what is not a zip, a zip cut short, too many entries, overlapping entries, zip64 and strong encryption", async () => {
    const bytes = buildZip(files);
    expect(await readZipDirectory(Buffer.from("bonjour, ce n'est pas une archive"), 10)).toEqual({ ok: false, problem: "notZip" });
    expect(await readZipDirectory(bytes.subarray(0, bytes.length - 30), 10)).toEqual({ ok: false, problem: "corrupt" });
    expect(await readZipDirectory(bytes, 2)).toEqual({ ok: false, problem: "tooManyEntries" });
    const overlapping = buildZip([...files, { name: "copy.xml", content: Buffer.alloc(0), sameDataAs: 1 }]);
    expect(await readZipDirectory(overlapping, 10)).toEqual({ ok: false, problem: "overlapping" });
    const strong = buildZip(files.map((file, index): FixtureFile => (index === 1 ? { ...file, flags: 0x41 } : file)));
    expect(await readZipDirectory(strong, 10)).toEqual({ ok: false, problem: "encrypted" });
  });

  test("counts the records it reads rather than trusting the declared count", async () => {
    const declaring = (count: number) => {
      const bytes = buildZip(files);
      bytes.writeUInt16LE(count, bytes.length - 22 + 8);
      bytes.writeUInt16LE(count, bytes.length - 22 + 10);
      return bytes;
    };
    // 0xffff entries announced, three written: a damaged archive, not 65,535 entries.
    expect(await readZipDirectory(declaring(0xffff), 10)).toEqual({ ok: false, problem: "corrupt" });
    expect(await entriesOf(declaring(2))).toHaveLength(2);
  });

  test("refuses an entry whose data would run past the archive, or whose local header is not one", async () => {
    const bytes = buildZip(files);
    const directoryStart = bytes.readUInt32LE(bytes.length - 22 + 16);
    const oversized = Buffer.from(bytes);
    oversized.writeUInt32LE(1_000_000, directoryStart + 20);
    expect(await readZipDirectory(oversized, 10)).toEqual({ ok: false, problem: "corrupt" });
    const misplaced = Buffer.from(bytes);
    misplaced.writeUInt32LE(1, directoryStart + 42);
    expect(await readZipDirectory(misplaced, 10)).toEqual({ ok: false, problem: "corrupt" });
  });
});

describe("inflateEntry", () => {
  test("stops at the declared size: content larger or smaller than declared, or a wrong CRC-32, gives undefined", async () => {
    const content = Buffer.alloc(100_000, 0x61);
    for (const declaredSize of [10, 99_999, 100_001]) {
      const bytes = buildZip([{ name: "a.xml", content, declaredSize }]);
      const [entry] = await entriesOf(bytes);
      if (!entry) throw new Error("no entry");
      expect(inflateEntry(bytes, entry)).toBeUndefined();
      expect(inflateEntry(bytes, { ...entry, uncompressedSize: content.length })).toEqual(content);
    }
    const bytes = buildZip([{ name: "a.xml", content }]);
    expect(await contents(bytes)).toEqual([content]);
    const directoryStart = bytes.readUInt32LE(bytes.length - 22 + 16);
    bytes.writeUInt32LE(bytes.readUInt32LE(directoryStart + 16) ^ 1, directoryStart + 16);
    expect(await contents(bytes)).toEqual([undefined]);
  });

  test("refuses encrypted entries, compression methods other than stored and deflated, and damaged deflate data", async () => {
    const content = Buffer.from("<a/>".repeat(50));
    expect(await contents(buildZip([{ name: "a.xml", content, flags: 1 }]))).toEqual([undefined]);
    const bytes = buildZip([{ name: "a.xml", content }]);
    const [entry] = await entriesOf(bytes);
    if (!entry) throw new Error("no entry");
    expect(inflateEntry(bytes, { ...entry, method: 12 })).toBeUndefined();
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, entry.dataStart, entry.dataStart + 4);
    expect(inflateEntry(damaged, entry)).toBeUndefined();
  });
});
