import zlib from "node:zlib";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./readZipDirectory";

const STORED = 0;
const DEFLATED = 8;

/**
 * The content of a zip entry, never larger than its declared size: inflation stops past it, so a
 * central directory that lies about sizes cannot make it allocate more. Undefined when the entry
 * is compressed otherwise than stored/deflated, is damaged, or its size or CRC differs from the
 * declared ones.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
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
  if (content.length !== entry.uncompressedSize || crc32(content) !== entry.crc32) return undefined;
  return content;
}
