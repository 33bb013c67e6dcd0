import { parseCalendarDay } from "../../../../shared/calendar/parseCalendarDay";
import { yearCalendar } from "../../../../shared/quoteParts/calendar/yearCalendar";
import { countDays } from "../../../../shared/quoteParts/participation/countDays";

const day = (text: string) => parseCalendarDay(text) ?? Number.NaN;
const daysIn = (year: number, ...periods: { from: string; to?: string }[]) => {
  const { start, end } = yearCalendar(year);
  return countDays(
    periods.map((period) => ({ from: day(period.from), to: period.to === undefined ? undefined : day(period.to) })),
    start,
    end,
  );
};

describe("countDays: days of the year inside the union of the periods", () => {
  test("the whole year is 366 days in a leap year, 365 otherwise", () => {
    expect(daysIn(2024, { from: "2020-01-01" })).toBe(366);
    expect(daysIn(2025, { from: "2020-01-01" })).toBe(365);
  });

  test("effective 1 March: 306 days in 2024 (29 February before it), 306 in 2025", () => {
    expect(daysIn(2024, { from: "2024-03-01" })).toBe(306);
    expect(daysIn(2025, { from: "2025-03-01" })).toBe(306);
    expect(daysIn(2024, { from: "2024-02-01", to: "2024-03-01" })).toBe(29);
  });

  test("overlapping and touching periods are counted once", () => {
    expect(daysIn(2025, { from: "2025-01-01", to: "2025-01-11" }, { from: "2025-01-06", to: "2025-01-21" }, { from: "2025-01-21", to: "2025-01-22" })).toBe(21);
    expect(daysIn(2025, { from: "2025-01-01", to: "2025-01-11" }, { from: "2025-01-01", to: "2025-01-11" })).toBe(10);
  });
});
