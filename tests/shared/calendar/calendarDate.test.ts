import fc from "fast-check";
import { formatIsoDate, parseIsoDate } from "../../../shared/calendar/calendarDate";
import { excelSerialToIsoDate, isoDateToExcelSerial } from "../../../shared/calendar/excelSerial";

describe("calendar dates, read once", () => {
  test("parseIsoDate accepts real days only", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(["2025-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-4-1", "2025-04-01T00:00"].map(parseIsoDate)).toEqual(Array(6).fill(undefined));
    expect(parseIsoDate("2000-02-29")).toBeDefined();
  });

  test("every real day reads back as written, and agrees with the JavaScript calendar", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatIsoDate(parseIsoDate(iso)!)).toBe(iso);
      }),
    );
  });

  test("Excel serials both ways, one epoch (1899-12-30, from serial 61 = 1900-03-01)", () => {
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(45658)).toBe("2025-01-01");
    expect(isoDateToExcelSerial("2025-01-01")).toBe(45658);
    expect([excelSerialToIsoDate(60), isoDateToExcelSerial("2025-02-30")]).toEqual([undefined, undefined]);
    fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => expect(isoDateToExcelSerial(excelSerialToIsoDate(serial)!)).toBe(serial)));
  });
});
