import fc from "fast-check";
import { toDayNumber } from "../../../shared/calendar/toDayNumber";

describe("toDayNumber", () => {
  test("1970-01-01 is day 0, and days before it are negative", () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(toDayNumber(1969, 12, 31)).toBe(-1);
  });

  test("agrees with Date.UTC for every date from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        expect(toDayNumber(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
      }),
    );
  });
});
