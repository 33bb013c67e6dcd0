import { parseCalendarDay } from "../../../../shared/calendar/parseCalendarDay";
import { yearCalendar } from "../../../../shared/quoteParts/calendar/yearCalendar";
import { countMonths } from "../../../../shared/quoteParts/participation/countMonths";

const day = (text: string) => parseCalendarDay(text) ?? Number.NaN;
const months2019 = (...periods: { from: string; to?: string }[]) =>
  countMonths(
    periods.map((period) => ({ from: day(period.from), to: period.to === undefined ? undefined : day(period.to) })),
    yearCalendar(2019).monthStarts,
  );

describe("countMonths: a month counts when a period covers its 1st day", () => {
  test("effective 1 May → 8 months, 1 July → 6 months (CLECT 2019)", () => {
    expect(months2019({ from: "2019-05-01" })).toBe(8);
    expect(months2019({ from: "2019-07-01" })).toBe(6);
  });

  test("effective on the 2nd misses the month; ending on the 2nd keeps it (`to` excluded)", () => {
    expect(months2019({ from: "2019-05-02" })).toBe(7);
    expect(months2019({ from: "2019-01-01", to: "2019-03-02" })).toBe(3);
    expect(months2019({ from: "2019-01-01", to: "2019-03-01" })).toBe(2);
  });

  test("overlapping periods count a month once; periods outside the year count nothing", () => {
    expect(months2019({ from: "2019-01-01", to: "2019-07-01" }, { from: "2019-03-01", to: "2019-10-01" })).toBe(9);
    expect(months2019({ from: "2017-01-01", to: "2019-01-01" }, { from: "2020-01-01" })).toBe(0);
  });
});
