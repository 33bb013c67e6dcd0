import { SaxesParser } from "saxes";

/** A start tag as the scan reports it. */
export interface XmlTag {
  /** The local name: "c" for `<c>` and for `<x:c>`. */
  readonly name: string;
  /** Attributes by their name as written (`r`, `r:id`), entities and character references decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
}

/** What the scan calls, in document order; `at` is the index in the text just after the tag or text. */
export interface XmlHandlers {
  readonly open?: (tag: XmlTag, at: number) => void;
  readonly close?: (name: string, at: number) => void;
  readonly text?: (text: string) => void;
}

/**
 * Elements open at once beyond which a part is taken for hostile: a worksheet nests about six
 * deep, and each open element costs the parser an object.
 */
export const MAX_XML_DEPTH = 64;

/** Thrown out of saxes to stop at the first error, and told apart from a handler's own failures. */
const STOP = Symbol("stop");

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Reads XML text with saxes (a conformant streaming parser, the one ExcelJS uses) and reports its
 * start tags, end tags and text: markup inside comments, CDATA sections and attribute values is
 * never taken for tags. Stops at the first well-formedness error or past `MAX_XML_DEPTH` nested
 * elements, and says whether the whole text was read: what came before is reported, nothing after.
 * Linear in the text, whatever it holds. Namespaces are not resolved: prefixes are dropped.
 */
export function scanXml(xml: string, handlers: XmlHandlers): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  parser.on("error", () => {
    throw STOP;
  });
  parser.on("opentag", (tag) => {
    if (!tag.isSelfClosing && ++depth > MAX_XML_DEPTH) throw STOP;
    handlers.open?.({ name: localName(tag.name), attributes: tag.attributes, selfClosing: tag.isSelfClosing }, parser.position);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) depth -= 1;
    handlers.close?.(localName(tag.name), parser.position);
  });
  const { text } = handlers;
  if (text) parser.on("text", text);
  try {
    parser.write(xml).close();
    return true;
  } catch (error) {
    if (error === STOP) return false;
    throw error;
  }
}
