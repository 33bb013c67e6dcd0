import zlib from "node:zlib";
import type { ZipEntry } from "./readZipDirectory";

const STORED = 0;
const DEFLATED = 8;

/**
 * The content of a zip entry located by yauzl (`readZipDirectory`), inflated by Node's zlib with a
 * byte budget: inflation stops one byte past the declared size (`maxOutputLength`), so a central
 * directory that lies about sizes cannot make it inflate more. Undefined when the entry is
 * encrypted or compressed otherwise than stored/deflated, is damaged, or its size or CRC-32
 * (`zlib.crc32`, Node ≥ 20.15) differs from the declared ones.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  if (entry.encrypted) return undefined;
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let content: Buffer;
  if (entry.method === STORED) {
    content = data;
  } else if (entry.method === DEFLATED) {
    try {
      // One byte of headroom: output reaching it proves the declared size is a lie.
      content = zlib.inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch {
      return undefined;
    }
  } else {
    return undefined;
  }
  if (content.length !== entry.uncompressedSize || zlib.crc32(content) >>> 0 !== entry.crc32) return undefined;
  return content;
}
