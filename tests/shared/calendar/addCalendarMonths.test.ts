import { addCalendarMonths } from "../../../shared/calendar/addCalendarMonths";

const add = (year: number, month: number, day: number, months: number) => addCalendarMonths({ year, month, day }, months);

describe("addCalendarMonths", () => {
  test("keeps the day when the target month has it", () => {
    expect(add(2024, 9, 15, 6)).toEqual({ year: 2025, month: 3, day: 15 });
  });

  test("takes the last day of a shorter month (leap years included)", () => {
    expect(add(2024, 8, 31, 6)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(add(2023, 8, 31, 6)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(add(2099, 8, 31, 6)).toEqual({ year: 2100, month: 2, day: 28 });
    expect(add(2399, 8, 31, 6)).toEqual({ year: 2400, month: 2, day: 29 });
    expect(add(2025, 5, 31, 1)).toEqual({ year: 2025, month: 6, day: 30 });
  });

  test("crosses years and handles zero", () => {
    expect(add(2025, 12, 10, 14)).toEqual({ year: 2027, month: 2, day: 10 });
    expect(add(2025, 3, 1, 0)).toEqual({ year: 2025, month: 3, day: 1 });
  });
});
