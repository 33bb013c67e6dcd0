import { dateCells } from "../../../functions/xlsx/dateCells";
import { scanWorksheet } from "../../../functions/xlsx/scanWorksheet";

describe("dateCells", () => {
  test("reads the cells typed as dates, after a formula, with a prefix or attributes on <v>, and ignores t=\"d\" inside another attribute", () => {
    const xml = Buffer.from(
      '<x:worksheet><x:sheetData><x:row r="3">' +
        '<x:c r="B3" t="d"><x:f>TODAY()</x:f><x:v>2025-02-01</x:v></x:c>' +
        '<c r="C3" s="1" t="d"><v xml:space="preserve"> 2025-02-02T10:30:00Z </v></c>' +
        '<c r="D3" s="t=&quot;d&quot;"><v>7</v></c>' +
        '<c r="E3" t="d"/>' +
        '<c r="F3" t="d"><v>pas une date</v></c>' +
        '<c r="G3" t="d"><v>2025-02-30</v></c>' +
        '<c r="H3" t="d"><v>2025-02-03T12:00:00.5+02:00</v></c>' +
        "</x:row></x:sheetData></x:worksheet>",
    );
    expect(dateCells(scanWorksheet(xml).written)).toEqual([
      { row: 3, column: 2, value: new Date(Date.UTC(2025, 1, 1)) },
      { row: 3, column: 3, value: new Date(Date.UTC(2025, 1, 2, 10, 30)) },
      { row: 3, column: 6, value: "pas une date" },
      { row: 3, column: 7, value: "2025-02-30" },
      { row: 3, column: 8, value: new Date(Date.UTC(2025, 1, 3, 12, 0, 0, 500)) },
    ]);
  });
});
