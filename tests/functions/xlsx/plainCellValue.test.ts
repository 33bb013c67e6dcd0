import { plainCellValue } from "../../../functions/xlsx/plainCellValue";

describe("plainCellValue", () => {
  test("keeps text, numbers, booleans and dates; blank is null", () => {
    const date = new Date("2025-01-15T00:00:00Z");
    expect([plainCellValue("Dijon"), plainCellValue(0), plainCellValue(false), plainCellValue(date)]).toEqual(["Dijon", 0, false, date]);
    expect([plainCellValue(null), plainCellValue(undefined)]).toEqual([null, null]);
  });

  test("formulas give their cached result, or null without one", () => {
    expect(plainCellValue({ formula: "1+1", result: 2 })).toBe(2);
    expect(plainCellValue({ formula: "A1", result: "texte" })).toBe("texte");
    expect(plainCellValue({ formula: "1/0", result: { error: "#DIV/0!" } } as never)).toBe("#DIV/0!");
    expect(plainCellValue({ formula: "NOW()" } as never)).toBeNull();
    expect(plainCellValue({ sharedFormula: "E10", result: 7 } as never)).toBe(7);
  });

  test("rich text, hyperlinks and errors give their text", () => {
    expect(plainCellValue({ richText: [{ text: "Stormshield " }, { text: "SN310", font: { bold: true } }] })).toBe("Stormshield SN310");
    expect(plainCellValue({ text: "mairie@example.fr", hyperlink: "mailto:mairie@example.fr" })).toBe("mairie@example.fr");
    expect(plainCellValue({ text: { richText: [{ text: "lien" }] }, hyperlink: "https://example.fr" } as never)).toBe("lien");
    expect(plainCellValue({ error: "#N/A" } as never)).toBe("#N/A");
  });
});
