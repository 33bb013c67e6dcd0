import zlib from "node:zlib";
import fc from "fast-check";
import { crc32 } from "../../../functions/xlsx/crc32";

describe("crc32", () => {
  test("gives the standard check value of « 123456789 »", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  test("the table fallback (Node < 20.15) agrees with the native one", () => {
    const native = zlib.crc32;
    const zlibModule = zlib as unknown as { crc32: unknown };
    const expected = fc.sample(fc.uint8Array({ maxLength: 300 }), 50).map((bytes) => [bytes, native(bytes) >>> 0] as const);
    zlibModule.crc32 = undefined;
    try {
      for (const [bytes, value] of expected) expect(crc32(bytes)).toBe(value);
    } finally {
      zlibModule.crc32 = native;
    }
  });
});
