import { scanWorksheet } from "../../../functions/xlsx/scanWorksheet";

describe("scanWorksheet", () => {
  test("counts <c> elements, whatever their form, and nothing else", () => {
    const xml = Buffer.from('<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c>\n</c><cx r="C1"/></row><row r="2"><c\tr="A2"/><x:c r="B2"/></row></sheetData>');
    expect(scanWorksheet(xml)).toMatchObject({ wellFormed: true, cells: 5 });
  });

  test("cells inside comments and CDATA sections are not counted (the hand-written count included them)", () => {
    const xml = Buffer.from('<worksheet><sheetData><!-- <c r="A1"/><c r="A2"/> --><row r="1"><c r="A3" t="inlineStr"><is><t><![CDATA[<c r="A4"/>]]></t></is></c></row></sheetData></worksheet>');
    expect(scanWorksheet(xml)).toMatchObject({ wellFormed: true, cells: 1 });
  });

  test("counts the merges and the cells they cover, those in comments excepted", () => {
    const xml = Buffer.from('<worksheet><mergeCells count="3"><mergeCell ref="B1:F1"/><mergeCell ref="$C$4:$D$5"/><mergeCell ref="G7"/><!--<mergeCell ref="A1:XFD1048576"/>--></mergeCells></worksheet>');
    expect(scanWorksheet(xml)).toMatchObject({ merges: 3, mergedCells: 5 + 4 + 1 });
    const whole = Buffer.from('<mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="junk"/></mergeCells>');
    expect(scanWorksheet(whole)).toMatchObject({ merges: 2, mergedCells: 16384 * 1048576 });
  });

  test("keeps the cells typed as dates and the formula cells, with their type and the trimmed text of their <v> (empty, self-closing or missing)", () => {
    const xml = Buffer.from(
      '<x:worksheet><x:sheetData><x:row r="4">' +
        '<x:c r="B4" t="str"><x:f>IF(A1="","",A1)</x:f><x:v></x:v></x:c>' +
        '<c r="C4" t="str"><f>A1&amp;"x"</f><v>1x</v></c>' +
        '<c r="D4" t="str"><f>A1</f><v/></c>' +
        '<c r="E4" t="str"><f>A1</f></c>' +
        '<c r="F4"><f t="shared" si="0"/><v> 0 </v></c>' +
        '<c r="G4" t="d"><v xml:space="preserve"> 2025-01-15 </v></c>' +
        '<c r="H4" t="d"/>' +
        '<c r="I4" t="s"><v>3</v></c>' +
        '<c r="J4"><v>7</v></c>' +
        '<c t="d"><v>2025-01-16</v></c>' +
        '<c r="$K$4" t="b"><f>TRUE()</f><v>1</v><v>0</v></c>' +
        "</x:row></x:sheetData></x:worksheet>",
    );
    expect(scanWorksheet(xml).written).toEqual([
      { row: 4, column: 2, type: "str", text: "" },
      { row: 4, column: 3, type: "str", text: "1x" },
      { row: 4, column: 4, type: "str", text: "" },
      { row: 4, column: 5, type: "str", text: undefined },
      { row: 4, column: 6, type: undefined, text: "0" },
      { row: 4, column: 7, type: "d", text: "2025-01-15" },
      { row: 4, column: 8, type: "d", text: undefined },
      { row: 4, column: 11, type: "b", text: "1" },
    ]);
  });

  test("an attribute holding « > » before the address and type does not hide them (the hand-written scanner lost them)", () => {
    const xml = Buffer.from('<sheetData><row><c s="a>b" r="E12" t="d"><v>2025-01-15</v></c></row></sheetData>');
    expect(scanWorksheet(xml).written).toEqual([{ row: 12, column: 5, type: "d", text: "2025-01-15" }]);
  });

  test("XML that is not well-formed is told, with what came before the error", () => {
    const xml = Buffer.from('<worksheet><sheetData><row><c r="A1" t="d"><v>2025-01-15</v></c></row></sheetData></worksheet><c r="A2"/>');
    expect(scanWorksheet(xml)).toEqual({ wellFormed: false, cells: 1, merges: 0, mergedCells: 0, written: [{ row: 1, column: 1, type: "d", text: "2025-01-15" }] });
  });
});
