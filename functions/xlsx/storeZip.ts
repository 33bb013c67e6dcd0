import { zipSync, type Zippable } from "fflate";

/** A file to put in a zip archive. */
export interface ZipPart {
  readonly name: string;
  readonly content: Buffer;
}

/** The date the archive gives its files (fflate's default is now): a fixed one keeps the archive the same for the same files. */
const MODIFIED = new Date("2000-01-01T00:00:00Z");

/**
 * A zip archive of the files, stored without compression, written by fflate (the reader hands
 * ExcelJS only content it has inflated and checked itself). No zip64: the caller keeps the total
 * far below 4 GiB.
 */
export function storeZip(files: readonly ZipPart[]): Buffer {
  const zippable: Zippable = {};
  for (const file of files) zippable[file.name] = [file.content, { level: 0 }];
  return Buffer.from(zipSync(zippable, { mtime: MODIFIED }));
}
