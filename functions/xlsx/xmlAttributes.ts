const ENTITY = /&(?:#x([0-9a-f]{1,8})|#(\d{1,10})|(lt|gt|amp|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function decode(raw: string): string {
  return raw.replace(ENTITY, (entity, hex?: string, decimal?: string, named?: string) => {
    const code = hex !== undefined ? Number.parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : undefined;
    if (code === undefined) return NAMED[named?.toLowerCase() ?? ""] ?? entity;
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The attributes of an XML start tag's text (`name="value"` pairs, prefixes kept: `r:id`), entities
 * decoded. Read in one pass, linear in the text; stops at the first thing that is not an attribute.
 */
export function xmlAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = 0;
  for (;;) {
    while (at < tag.length && isSpace(tag.charCodeAt(at))) at += 1;
    const equals = tag.indexOf("=", at);
    if (equals < 0) return attributes;
    const name = tag.slice(at, equals).trim();
    if (!/^[\w:.-]+$/.test(name)) return attributes;
    at = equals + 1;
    while (at < tag.length && isSpace(tag.charCodeAt(at))) at += 1;
    const quote = tag[at];
    if (quote !== '"' && quote !== "'") return attributes;
    const close = tag.indexOf(quote, at + 1);
    if (close < 0) return attributes;
    attributes.set(name, decode(tag.slice(at + 1, close)));
    at = close + 1;
  }
}
