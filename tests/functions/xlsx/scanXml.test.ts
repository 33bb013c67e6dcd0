import { MAX_XML_DEPTH, scanXml, type XmlTag } from "../../../functions/xlsx/scanXml";

/** The start tags scanXml reports, and whether it read the whole text. */
function tagsOf(xml: string): { tags: XmlTag[]; wellFormed: boolean } {
  const tags: XmlTag[] = [];
  const wellFormed = scanXml(xml, { open: (tag) => tags.push(tag) });
  return { tags, wellFormed };
}

describe("scanXml", () => {
  test("reports start tags by local name, any prefix, with their attributes decoded, self-closing or not", () => {
    const { tags, wellFormed } = tagsOf('<sheetData><row r="1"><c r="A1" t="d"><v>1</v></c><x:c r="B1"/><c\tr="D1">2</c></row><sheet name="A &amp; B" r:id="rId1"/></sheetData>');
    expect(wellFormed).toBe(true);
    expect(tags.filter((tag) => tag.name === "c")).toEqual([
      { name: "c", attributes: { r: "A1", t: "d" }, selfClosing: false },
      { name: "c", attributes: { r: "B1" }, selfClosing: true },
      { name: "c", attributes: { r: "D1" }, selfClosing: false },
    ]);
    expect(tags.at(-1)).toEqual({ name: "sheet", attributes: { name: "A & B", "r:id": "rId1" }, selfClosing: true });
  });

  test("an attribute value holding « > » or « /> » does not end the tag (the hand-written scanner lost the attributes after it)", () => {
    const { tags } = tagsOf('<row><c s="a>b" note="x/>" r="E12" t="d"/></row>');
    expect(tags[1]).toEqual({ name: "c", attributes: { s: "a>b", note: "x/>", r: "E12", t: "d" }, selfClosing: true });
  });

  test("markup inside comments, CDATA sections and processing instructions is not taken for tags", () => {
    const { tags, wellFormed } = tagsOf('<?pi <c r="P1"/>?><sheetData><!-- <c r="A1"/> --><v><![CDATA[<c r="A2"/>]]></v><c r="A3"/></sheetData>');
    expect(wellFormed).toBe(true);
    expect(tags.map((tag) => tag.attributes.r ?? tag.name)).toEqual(["sheetData", "v", "A3"]);
  });

  test("reports text with entities and character references decoded, and end tags with the index just past them", () => {
    const xml = "<a>x &lt; &#121;<b/>z</a>";
    const events: string[] = [];
    scanXml(xml, { text: (text) => events.push(`text ${text}`), close: (name, at) => events.push(`close ${name} ${xml.slice(0, at)}`) });
    expect(events).toEqual(["text x < y", "close b <a>x &lt; &#121;<b/>", "text z", `close a ${xml}`]);
  });

  test("stops at the first well-formedness error, having reported what came before it", () => {
    expect(tagsOf('<a><c r="A1"/></b><c r="A2"/></a>')).toEqual({ wellFormed: false, tags: [expect.objectContaining({ name: "a" }), expect.objectContaining({ name: "c" })] });
    for (const broken of ['<c r="A1" r="A2"/>', "<a>&nbsp;</a>", "<a></a>junk", '<c r="A1>', "<a>", "", "<a>\u0001</a>"]) expect(tagsOf(broken).wellFormed).toBe(false);
  });

  test(`stops past ${MAX_XML_DEPTH} nested elements, which no worksheet needs`, () => {
    const nested = (depth: number) => `${"<a>".repeat(depth)}${"</a>".repeat(depth)}`;
    expect(tagsOf(nested(MAX_XML_DEPTH)).wellFormed).toBe(true);
    const deep = tagsOf(nested(1_000_000));
    expect(deep).toMatchObject({ wellFormed: false });
    expect(deep.tags).toHaveLength(MAX_XML_DEPTH);
  });

  // About 4 MB of hostile text: a quadratic scan would take minutes (past jest's timeout); saxes
  // takes milliseconds (bench/xlsxRead.bench.ts).
  test("hostile text (unclosed tags, endless names, unclosed quotes) is read in one pass", () => {
    const junk = "<c-" + "x".repeat(50).concat("<c ").repeat(40_000);
    const quotes = `<c ${"a='".repeat(200_000)}>`;
    const names = `<c ${"n".repeat(2_000_000)}>`;
    const valid = '<worksheet><c r="A1"/></worksheet>';
    for (const text of [junk, quotes, names]) expect(tagsOf(text).wellFormed).toBe(false);
    expect(tagsOf(`${valid}${" ".repeat(40_000)}${junk}${quotes}${names}`)).toMatchObject({ wellFormed: false, tags: [expect.objectContaining({ name: "worksheet" }), expect.objectContaining({ name: "c" })] });
  });

  test("a handler's own failure is not taken for an XML error", () => {
    expect(() =>
      scanXml("<a/>", {
        open: () => {
          throw new Error("bug");
        },
      }),
    ).toThrow("bug");
  });
});
