import { countCells } from "../../../functions/xlsx/countCells";

describe("countCells", () => {
  test("counts <c> elements in every sheet, whatever their form, and nothing else", () => {
    const first = Buffer.from('<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c>\n</c></row><row r="2"><c\tr="A2"/></row></sheetData>');
    const second = Buffer.from('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><cols><col min="1"/></cols><colBreaks/>');
    expect(countCells([first])).toBe(4);
    expect(countCells([first, second, Buffer.from("")])).toBe(5);
  });
});
