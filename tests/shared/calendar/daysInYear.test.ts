import { daysInYear } from "../../../shared/calendar/daysInYear";

describe("daysInYear", () => {
  test.each([
    [2024, 366],
    [2025, 365],
    [2000, 366],
    [2100, 365],
  ])("%p has %p days (leap years: divisible by 4, centuries only by 400)", (year, days) => {
    expect(daysInYear(year)).toBe(days);
  });
});
