const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The attributes of an XML start tag's text (`name="value"` pairs, prefixes kept: `r:id`), entities decoded. */
export function xmlAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = "", double, single] of tag.matchAll(ATTRIBUTE)) {
    const raw = double ?? single ?? "";
    attributes.set(
      name,
      raw.replace(ENTITY, (entity, hex?: string, decimal?: string, named?: string) => {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : undefined;
        if (code === undefined) return NAMED[named?.toLowerCase() ?? ""] ?? entity;
        return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }),
    );
  }
  return attributes;
}
