import { parseCalendarDay } from "../../../shared/calendar/parseCalendarDay";
import { toDayNumber } from "../../../shared/calendar/toDayNumber";

describe("parseCalendarDay", () => {
  test("reads real dates written YYYY-MM-DD, 29 February of leap years included", () => {
    expect(parseCalendarDay("2025-05-01")).toBe(toDayNumber(2025, 5, 1));
    expect(parseCalendarDay("2024-02-29")).toBe(toDayNumber(2024, 2, 29));
  });

  test.each([["2025-02-29"], ["2100-02-29"], ["2025-04-31"], ["2025-13-01"], ["2025-00-10"], ["2025-1-01"], ["01/05/2025"], ["2025-05-01T00:00"], [""]])(
    "rejects %p (not a real date, or not YYYY-MM-DD)",
    (text) => {
      expect(parseCalendarDay(text)).toBeUndefined();
    },
  );
});
