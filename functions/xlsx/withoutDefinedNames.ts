import { scanXml } from "./scanXml";

/**
 * The workbook part's XML without its `<definedNames>` elements (ExcelJS expands each defined name
 * over its ranges, and throws on some, e.g. an empty print area), found with `scanXml`: one pass,
 * whatever the text holds; a `<definedNames` inside a comment or an attribute is left alone. Text
 * that is not well-formed is given back unchanged (ExcelJS refuses it).
 */
export function withoutDefinedNames(xml: string): string {
  const cuts: [number, number][] = [];
  let depth = 0;
  let start = 0;
  const wellFormed = scanXml(xml, {
    open: (tag, at) => {
      // `at` is just past the start tag, whose name follows its "<" directly.
      if (tag.name === "definedNames" && depth++ === 0) start = xml.lastIndexOf("<", at - 1);
    },
    close: (name, at) => {
      if (name === "definedNames" && --depth === 0) cuts.push([start, at]);
    },
  });
  if (!wellFormed || cuts.length === 0) return xml;
  return cuts.reduceRight((text, [from, to]) => text.slice(0, from) + text.slice(to), xml);
}
