import { toCsvCell } from "../../../shared/exports/toCsvCell";

describe("toCsvCell", () => {
  test.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+33 1 23", "'+33 1 23"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcaché", "'\tcaché"],
    ["\r=1", "\"'\r=1\""],
  ])("text starting like a formula is neutralised with an apostrophe: %j", (text, cell) => {
    expect(toCsvCell(text)).toBe(cell);
  });

  test("text with a separator, a quote or a line break is quoted, quotes doubled", () => {
    expect(toCsvCell("Courrier; GED")).toBe('"Courrier; GED"');
    expect(toCsvCell('Logiciel "Astre"')).toBe('"Logiciel ""Astre"""');
    expect(toCsvCell("Dijon")).toBe("Dijon");
  });

  test("numbers get a decimal comma and keep their sign: they are written by the export, not typed by anyone", () => {
    expect(toCsvCell({ decimal: "-1234.50" })).toBe("-1234,50");
    expect(toCsvCell({ decimal: "12" })).toBe("12");
  });
});
