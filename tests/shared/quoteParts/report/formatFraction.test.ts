import { formatCents } from "../../../../shared/quoteParts/report/formatCents";
import { formatFraction } from "../../../../shared/quoteParts/report/formatFraction";

describe("formatFraction and formatCents", () => {
  test("money has two decimals and never reads -0.00", () => {
    expect(formatCents(123450n)).toBe("1234.50");
    expect(formatCents(5n)).toBe("0.05");
    expect(formatCents(0n)).toBe("0.00");
    expect(formatCents(-0n)).toBe("0.00");
    expect(formatCents(-123400n)).toBe("-1234.00");
  });

  test("fractions are rounded half up to the decimals asked", () => {
    expect(formatFraction(1n, 3n, 10)).toBe("0.3333333333");
    expect(formatFraction(2n, 3n, 10)).toBe("0.6666666667");
    expect(formatFraction(1n, 8n, 2)).toBe("0.13");
    expect(formatFraction(-1n, 8n, 2)).toBe("-0.13");
    expect(formatFraction(-1n, 1000n, 2)).toBe("0.00");
    expect(formatFraction(7n, 2n, 0)).toBe("4");
  });
});
