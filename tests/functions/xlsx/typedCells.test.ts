import { typedCells } from "../../../functions/xlsx/typedCells";

describe("typedCells", () => {
  test("finds the cells of the type asked, with the text of their <v> (empty, self-closing or missing)", () => {
    const xml = Buffer.from(
      '<x:worksheet><x:sheetData><x:row r="4">' +
        '<x:c r="B4" t="str"><x:f>IF(A1="","",A1)</x:f><x:v></x:v></x:c>' +
        '<c r="C4" t="str"><f>A1&amp;"x"</f><v>1x</v></c>' +
        '<c r="D4" t="str"><f>A1</f><v/></c>' +
        '<c r="E4" t="str"><f>A1</f></c>' +
        '<c r="F4"><f>2+3</f><v></v></c>' +
        '<c r="G4" t="d"><v>2025-01-15</v></c>' +
        '<c t="str"><f>A1</f><v></v></c>' +
        "</x:row></x:sheetData></x:worksheet>",
    );
    expect(typedCells(xml, "str")).toEqual([
      { row: 4, column: 2, text: "" },
      { row: 4, column: 3, text: "1x" },
      { row: 4, column: 4, text: "" },
      { row: 4, column: 5, text: undefined },
    ]);
    expect(typedCells(xml, "d")).toEqual([{ row: 4, column: 7, text: "2025-01-15" }]);
  });

  test("a part without the type is not scanned", () => {
    expect(typedCells(Buffer.from('<worksheet><sheetData><row><c r="A1"><v>1</v></c></row></sheetData></worksheet>'), "str")).toEqual([]);
  });
});
