import { divideRoundHalfUp } from "../../../../shared/quoteParts/rounding/divideRoundHalfUp";

describe("divideRoundHalfUp", () => {
  test.each([
    [5n, 2n, 3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-5n, 2n, -3n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
  ])("%p / %p rounds to %p (halves away from zero)", (numerator, denominator, expected) => {
    expect(divideRoundHalfUp(numerator, denominator)).toBe(expected);
  });
});
