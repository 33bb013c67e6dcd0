import { worksheetPartOf } from "../../../functions/xlsx/worksheetPartOf";

const parts = (workbook: string, relationships: string) =>
  new Map([
    ["xl/workbook.xml", Buffer.from(`<workbook xmlns:r="r"><sheets>${workbook}</sheets></workbook>`)],
    ["xl/_rels/workbook.xml.rels", Buffer.from(`<Relationships>${relationships}</Relationships>`)],
  ]);

describe("worksheetPartOf", () => {
  const relationships = '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet7.xml"/><Relationship Id="rId3" Target="./worksheets/sheet3.xml"/>';

  test("follows the sheet's relationship id to its target, relative or absolute", () => {
    const found = parts('<sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="A &amp; B" sheetId="2" r:id="rId2"/><sheet name="C" sheetId="3" x:id="rId3"/>', relationships);
    expect(["Notes", "A & B", "C", "D"].map((name) => worksheetPartOf(found, name))).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet7.xml", "xl/worksheets/sheet3.xml", undefined]);
  });

  test("a sheet name holding « > » is found (the hand-written scanner ended the tag inside the name)", () => {
    expect(worksheetPartOf(parts('<sheet name="Inventaire>2025" sheetId="1" r:id="rId2"/>', relationships), "Inventaire>2025")).toBe("xl/worksheets/sheet7.xml");
  });

  test("without workbook, relationship or target, no part", () => {
    expect(worksheetPartOf(new Map(), "A")).toBeUndefined();
    expect(worksheetPartOf(parts('<sheet name="A" sheetId="1" r:id="rId9"/>', relationships), "A")).toBeUndefined();
  });
});
