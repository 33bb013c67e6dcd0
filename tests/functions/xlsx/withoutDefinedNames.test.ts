import { withoutDefinedNames } from "../../../functions/xlsx/withoutDefinedNames";

describe("withoutDefinedNames", () => {
  const sheets = '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>';

  test("removes every <definedNames> element, self-closing or not, and nothing else", () => {
    const names = '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">A!$B$1:$F$20</definedName></definedNames>';
    expect(withoutDefinedNames(`<workbook>${sheets}${names}<calcPr/></workbook>`)).toBe(`<workbook>${sheets}<calcPr/></workbook>`);
    expect(withoutDefinedNames(`<x:workbook>${sheets}<x:definedNames/>${names}</x:workbook>`)).toBe(`<x:workbook>${sheets}</x:workbook>`);
  });

  test("leaves alone what only looks like one: in a comment, in an attribute value", () => {
    const xml = `<workbook><!-- <definedNames/> -->${sheets.replace('name="A"', 'name="&lt;definedNames>"')}</workbook>`;
    expect(withoutDefinedNames(xml)).toBe(xml);
  });

  test("gives back XML that is not well-formed unchanged (ExcelJS refuses it)", () => {
    const broken = `<workbook>${sheets}<definedNames><definedName name="x">`;
    expect(withoutDefinedNames(broken)).toBe(broken);
  });
});
