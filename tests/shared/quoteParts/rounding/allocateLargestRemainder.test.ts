import fc from "fast-check";
import { allocateLargestRemainder } from "../../../../shared/quoteParts/rounding/allocateLargestRemainder";

describe("allocateLargestRemainder", () => {
  test("hands the leftover units to the largest remainders, ties to the lower index", () => {
    expect(allocateLargestRemainder([100n, 100n, 100n], 3n)).toEqual([34n, 33n, 33n]);
    expect(allocateLargestRemainder([10n, 20n], 3n)).toEqual([3n, 7n]);
    expect(allocateLargestRemainder([5n, 5n, 5n], 3n)).toEqual([2n, 2n, 1n]);
  });

  test("hands out as many units as Σ shares rounded half up: two halves make one", () => {
    expect(allocateLargestRemainder([1n, 1n], 2n)).toEqual([1n, 0n]);
    expect(allocateLargestRemainder([1n, 1n], 3n)).toEqual([1n, 0n]);
    expect(allocateLargestRemainder([1n], 3n)).toEqual([0n]);
    expect(allocateLargestRemainder([], 3n)).toEqual([]);
  });

  const shares = fc.tuple(fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { maxLength: 30 }), fc.bigInt({ min: 1n, max: 10n ** 6n }));

  test("the units add up to Σ shares rounded half up", () => {
    fc.assert(
      fc.property(shares, ([numerators, denominator]) => {
        const total = numerators.reduce((sum, n) => sum + n, 0n);
        expect(allocateLargestRemainder(numerators, denominator).reduce((sum, unit) => sum + unit, 0n)).toBe((2n * total + denominator) / (2n * denominator));
      }),
    );
  });

  test("each result is its share rounded down or up", () => {
    fc.assert(
      fc.property(shares, ([numerators, denominator]) => {
        allocateLargestRemainder(numerators, denominator).forEach((unit, i) => {
          const floor = (numerators[i] ?? 0n) / denominator;
          expect(unit === floor || (unit === floor + 1n && (numerators[i] ?? 0n) % denominator !== 0n)).toBe(true);
        });
      }),
    );
  });
});
