import fc from "fast-check";
import { parseFrenchNumber } from "../../../shared/layout/parseFrenchNumber";

describe("parseFrenchNumber", () => {
  test.each([
    ["1234", 1234],
    ["1 234", 1234],
    ["1\u00A0234", 1234],
    ["1\u202F234", 1234],
    ["1 234 567", 1234567],
    ["1,5", 1.5],
    ["1 234,25", 1234.25],
    ["-3", -3],
    ["-1 234,5", -1234.5],
    ["0", 0],
    ["-0", 0],
    ["  42  ", 42],
    ["007", 7],
  ])("reads %j as %p", (text, expected) => {
    expect(parseFrenchNumber(text)).toBe(expected);
  });

  test.each(["beaucoup", "1.234", "1.5", "12 abc", "1 23", "12  345", "1,", ",5", "1,2,3", "", "   ", "1e3", "--3", "1 234.5", "Infinity"])(
    "refuses %j rather than guess",
    (text) => {
      expect(parseFrenchNumber(text)).toBeUndefined();
    },
  );

  test("a number written with French grouping and decimal comma reads back as itself", () => {
    const separators = fc.constantFrom(" ", "\u00A0", "\u202F");
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }), separators, (whole, cents, separator) => {
        const grouped = Math.abs(whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);
        const fraction = cents === undefined ? "" : `,${String(cents).padStart(2, "0")}`;
        const text = `${whole < 0 ? "-" : ""}${grouped}${fraction}`;
        const expected = Number(`${whole}${cents === undefined ? "" : `.${String(cents).padStart(2, "0")}`}`);
        expect(parseFrenchNumber(text)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });
});
