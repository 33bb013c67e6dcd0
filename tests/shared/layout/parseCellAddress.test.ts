import fc from "fast-check";
import { cellAddress } from "../../../shared/layout/cellAddress";
import { columnNumber, parseCellAddress } from "../../../shared/layout/parseCellAddress";

describe("A1 addresses, both ways, written once", () => {
  test("letters ↔ numbers, beyond Z too", () => {
    expect([columnNumber("A"), columnNumber("Z"), columnNumber("AA"), columnNumber("AB"), columnNumber("XFD")]).toEqual([1, 26, 27, 28, 16384]);
    expect(parseCellAddress("$AB$12")).toEqual({ row: 12, column: 28 });
    expect(parseCellAddress("12AB")).toBeUndefined();
  });

  test("parsing what cellAddress writes gives back the row and column", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }), (row, column) => {
      expect(parseCellAddress(cellAddress(row, column))).toEqual({ row, column });
    }));
  });
});
