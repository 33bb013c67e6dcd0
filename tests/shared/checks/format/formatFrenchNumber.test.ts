import { formatFrenchNumber } from "../../../../shared/checks/format/formatFrenchNumber";

describe("formatFrenchNumber", () => {
  test.each([
    [0, "0"],
    [12, "12"],
    [1234, "1\u00a0234"],
    [1234567.25, "1\u00a0234\u00a0567,25"],
    [-1500.5, "-1\u00a0500,5"],
    [1e21, "1e+21"],
    [1.5e-7, "1,5e-7"],
  ])("%p is written %p", (value, text) => {
    expect(formatFrenchNumber(value)).toBe(text);
  });
});
