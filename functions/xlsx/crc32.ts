import zlib from "node:zlib";

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** The CRC-32 of the bytes, as zip stores it (Node's native one where present: Node ≥ 20.15). */
export function crc32(bytes: Uint8Array): number {
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes) >>> 0;
  const lookup = crcTable();
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (lookup[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
