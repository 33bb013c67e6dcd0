import { excelSerialToIsoDate } from "../../../shared/calendar/excelSerial";
import { readChoiceCell } from "../../../shared/layout/readChoiceCell";
import { readDateCell } from "../../../shared/layout/readDateCell";
import { readInseeCell } from "../../../shared/layout/readInseeCell";
import { readNumberCell } from "../../../shared/layout/readNumberCell";
import { readTextCell } from "../../../shared/layout/readTextCell";
import { unwrapCellValue } from "../../../shared/layout/unwrapCellValue";

const value = <T>(v: T) => ({ ok: true, value: v });

describe("cell readers", () => {
  test("blank stays blank in every kind of cell, never 0 or Non", () => {
    for (const blank of [null, undefined, "", "   "]) {
      for (const read of [readNumberCell, readDateCell, readChoiceCell, readTextCell]) expect(read(blank)).toEqual(value(undefined));
    }
  });

  test("numbers: numbers as they are (0 kept), French text read, anything else refused with a hint", () => {
    expect(readNumberCell(0)).toEqual(value(0));
    expect(readNumberCell(-0)).toEqual(value(0));
    expect(readNumberCell(12.5)).toEqual(value(12.5));
    expect(readNumberCell("1 234")).toEqual(value(1234));
    expect(readNumberCell("beaucoup")).toMatchObject({ ok: false, rule: "number" });
    expect(readNumberCell("1.234")).toMatchObject({ ok: false, rule: "number", hint: expect.stringContaining("point est ambigu") });
    expect(readNumberCell(true)).toMatchObject({ ok: false });
    expect(readNumberCell(Number.NaN)).toMatchObject({ ok: false });
  });

  test("dates: ISO text, JJ/MM/AAAA, Date objects and Excel serial numbers give ISO text", () => {
    expect(readDateCell("2025-05-01")).toEqual(value("2025-05-01"));
    expect(readDateCell("01/05/2025")).toEqual(value("2025-05-01"));
    expect(readDateCell("1/5/2025")).toEqual(value("2025-05-01"));
    expect(readDateCell(new Date(Date.UTC(2025, 4, 1)))).toEqual(value("2025-05-01"));
    expect(readDateCell(45778)).toEqual(value("2025-05-01"));
    expect(readDateCell(45778.75)).toEqual(value("2025-05-01"));
    for (const bad of ["31/02/2025", "2025-13-01", "hier", "05/2025", new Date(Number.NaN), 12, -5, true]) {
      expect(readDateCell(bad)).toMatchObject({ ok: false, rule: "date" });
    }
  });

  test("Excel serial numbers count from 1899-12-30 (1900 date system)", () => {
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(45658)).toBe("2025-01-01");
    expect(excelSerialToIsoDate(2958465)).toBe("9999-12-31");
    expect(excelSerialToIsoDate(60)).toBeUndefined();
    expect(excelSerialToIsoDate(2958466)).toBeUndefined();
  });

  test("choices: Oui/Non, oui/non, x, true/false (text or boolean) in any case; anything else refused", () => {
    for (const yes of ["Oui", "oui", "OUI", "x", "X", "true", "TRUE", "Vrai", true, " oui "]) expect(readChoiceCell(yes)).toEqual(value(true));
    for (const no of ["Non", "non", "false", "FAUX", false]) expect(readChoiceCell(no)).toEqual(value(false));
    for (const bad of ["peut-être", "o", 1, 0]) expect(readChoiceCell(bad)).toMatchObject({ ok: false, rule: "choice" });
  });

  test("text is trimmed; numbers and dates the sheet converted read back as text", () => {
    expect(readTextCell("  Stormshield ")).toEqual(value("Stormshield"));
    expect(readTextCell(42)).toEqual(value("42"));
    expect(readTextCell(new Date(Date.UTC(2024, 0, 2)))).toEqual(value("2024-01-02"));
  });

  test("an INSEE code turned into a number gets its leading zero back", () => {
    expect(readInseeCell(1053)).toEqual(value("01053"));
    expect(readInseeCell(21231)).toEqual(value("21231"));
    expect(readInseeCell("2A004")).toEqual(value("2A004"));
  });

  test("an Excel error value is refused in every kind of cell, text included, with the same hint: never kept as a value", () => {
    const errors = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", " #N/A ", "Err:502"];
    const readers = [
      [readTextCell, "text"],
      [readInseeCell, "text"],
      [readNumberCell, "number"],
      [readDateCell, "date"],
      [readChoiceCell, "choice"],
    ] as const;
    for (const error of errors) {
      for (const [read, rule] of readers) {
        expect(read(error)).toEqual({ ok: false, rule, hint: "la cellule contient une erreur Excel ; corrigez la formule ou saisissez la valeur" });
      }
    }
    // Text that merely mentions an error, or starts with #, is text.
    for (const text of ["#1 en file d'attente", "N/A", "voir #REF! plus bas", "Err:5020"]) expect(readTextCell(text)).toEqual(value(text));
  });
});

describe("unwrapCellValue", () => {
  test("ExcelJS rich text, hyperlinks, formulas and errors give their plain value; plain values pass", () => {
    expect(unwrapCellValue({ richText: [{ text: "Ciril " }, { text: "Finances" }] })).toBe("Ciril Finances");
    expect(unwrapCellValue({ text: "claire@example.fr", hyperlink: "mailto:claire@example.fr" })).toBe("claire@example.fr");
    expect(unwrapCellValue({ formula: "SUM(E1:E3)", result: 12 })).toBe(12);
    expect(unwrapCellValue({ sharedFormula: "E1", result: undefined })).toBeNull();
    expect(unwrapCellValue({ error: "#N/A" })).toBe("#N/A");
    const date = new Date(0);
    for (const plain of ["x", 3, true, null, date]) expect(unwrapCellValue(plain)).toBe(plain);
  });
});
