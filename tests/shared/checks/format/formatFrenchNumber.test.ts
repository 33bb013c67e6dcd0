import Decimal from "decimal.js";
import { formatFrenchNumber } from "../../../../shared/checks/format/formatFrenchNumber";

describe("formatFrenchNumber", () => {
  test.each([
    [0, "0"],
    [12, "12"],
    [1234, "1\u00a0234"],
    [1234567.25, "1\u00a0234\u00a0567,25"],
    [-1500.5, "-1\u00a0500,5"],
    [100_000_001, "100\u00a0000\u00a0001"],
    [1e20, "100\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000"],
    [1e21, "1\u00a0×\u00a010²¹"],
    [1e300, "1\u00a0×\u00a010³⁰⁰"],
    [-2.5e300, "-2,5\u00a0×\u00a010³⁰⁰"],
    [1.5e-7, "1,5\u00a0×\u00a010⁻⁷"],
  ])("%p is written %p", (value, text) => {
    expect(formatFrenchNumber(value)).toBe(text);
  });

  test("a decimal.js value is written the same way, exponent included", () => {
    expect(formatFrenchNumber(new Decimal("1234.5"))).toBe("1\u00a0234,5");
    expect(formatFrenchNumber(new Decimal("1e300").times(3))).toBe("3\u00a0×\u00a010³⁰⁰");
  });
});
