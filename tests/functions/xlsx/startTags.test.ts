import { dateCells } from "../../../functions/xlsx/dateCells";
import { startTags } from "../../../functions/xlsx/startTags";
import { xmlAttributes } from "../../../functions/xlsx/xmlAttributes";

describe("startTags and xmlAttributes", () => {
  test("find start tags by local name, any prefix, self-closing or not, and nothing else", () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="d"><v>1</v></c><x:c r="B1"/><cx r="C1"/><c\tr="D1">2</c></row></sheetData>';
    const tags = [...startTags(xml, "c")].map((tag) => ({ r: xmlAttributes(tag.attributes).get("r"), selfClosing: tag.selfClosing }));
    expect(tags).toEqual([
      { r: "A1", selfClosing: false },
      { r: "B1", selfClosing: true },
      { r: "D1", selfClosing: false },
    ]);
    expect([...startTags('<sheets><sheet name="A &amp; B" r:id="rId1"/></sheets>', "sheet")].map((tag) => Object.fromEntries(xmlAttributes(tag.attributes)))).toEqual([{ name: "A & B", "r:id": "rId1" }]);
  });

  test("attributes: single or double quotes, spaces around =, stop at the first thing that is no attribute", () => {
    expect(Object.fromEntries(xmlAttributes(` a = 'x"y'  b="2" c d="4"`))).toEqual({ a: 'x"y', b: "2" });
    expect(Object.fromEntries(xmlAttributes(` t="d`))).toEqual({});
  });

  // About 4 MB of hostile text: a quadratic scan would take minutes (past jest's timeout); the linear
  // one takes milliseconds (bench/xlsxRead.bench.ts).
  test("hostile text (unclosed tags, endless names, unclosed quotes) is read in one pass", () => {
    const junk = "<c-" + "x".repeat(50).concat("<c ") .repeat(40_000);
    const quotes = `<c ${"a='".repeat(200_000)}>`;
    const names = `<c ${"n".repeat(2_000_000)}>`;
    expect([...startTags(junk, "c")]).toEqual([]);
    expect([...startTags(quotes, "c")]).toEqual([]); // longer than any real tag: skipped
    expect(xmlAttributes(quotes.slice(3, -1)).get("a")).toBe("a=");
    expect(xmlAttributes(names.slice(3, -1)).size).toBe(0);
    expect(dateCells(Buffer.from(`<worksheet><sheetData><row><c r="A1" t="d"><v>2025-01-15</v></c></row></sheetData></worksheet>${" ".repeat(40_000)}${junk}`))).toHaveLength(1);
  });
});
