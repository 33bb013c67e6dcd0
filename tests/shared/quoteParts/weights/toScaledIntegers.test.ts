import { toScaledIntegers } from "../../../../shared/quoteParts/weights/toScaledIntegers";

describe("toScaledIntegers", () => {
  test("whole numbers stay as they are (scale 1)", () => {
    expect(toScaledIntegers([0, 12, 900])).toEqual({ integers: [0n, 12n, 900n], scale: 1n });
  });

  test("decimals are read as typed, not as binary doubles: 0.1 and 0.2 become 1 and 2 tenths", () => {
    expect(toScaledIntegers([0.1, 0.2, 3])).toEqual({ integers: [1n, 2n, 30n], scale: 10n });
    expect(toScaledIntegers([12.5, 0.05])).toEqual({ integers: [1250n, 5n], scale: 100n });
    expect(toScaledIntegers([1e-7, 1])).toEqual({ integers: [1n, 10000000n], scale: 10000000n });
  });

  test("integers beyond 2^53 are read as their decimal writing", () => {
    expect(toScaledIntegers([1e21, 0.5])).toEqual({ integers: [10n ** 22n, 5n], scale: 10n });
  });
});
