import zlib from "node:zlib";
import type { Readable } from "node:stream";
import type { ZipArchive, ZipEntry } from "./readZipDirectory";

const STORED = 0;
const DEFLATED = 8;

/**
 * The content of a zip entry, read by yauzl as a stream (inflated by Node's zlib) and never larger
 * than its declared size: the stream is stopped as soon as it goes past it (yauzl checks it too),
 * so a central directory that lies about sizes cannot make it inflate more than a few more
 * kilobytes. Undefined when the entry is encrypted or compressed otherwise than stored/deflated,
 * is damaged, or its size or CRC-32 (Node's `zlib.crc32`, Node ≥ 20.15) differs from the declared ones.
 */
export async function inflateEntry(archive: ZipArchive, entry: ZipEntry): Promise<Buffer | undefined> {
  if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream: Readable = await archive.file.openReadStreamPromise(entry.source);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Leaving the loop destroys the stream: nothing more is inflated.
      if (size > entry.uncompressedSize) return undefined;
      chunks.push(chunk);
    }
  } catch {
    return undefined;
  }
  const content = Buffer.concat(chunks, size);
  return size === entry.uncompressedSize && zlib.crc32(content) >>> 0 === entry.source.crc32 ? content : undefined;
}
