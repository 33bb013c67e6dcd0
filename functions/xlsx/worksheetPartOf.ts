import { scanXml } from "./scanXml";

/** The attributes of the elements named `name` in the XML, in order (those before a well-formedness error only). */
function elementAttributes(xml: Buffer | undefined, name: string): Readonly<Record<string, string>>[] {
  const found: Readonly<Record<string, string>>[] = [];
  scanXml(xml?.toString("utf8") ?? "", {
    open: (tag) => {
      if (tag.name === name) found.push(tag.attributes);
    },
  });
  return found;
}

/**
 * The package part (`xl/worksheets/sheet3.xml`) of the worksheet named `sheetName`, found as ExcelJS
 * finds it: the workbook's `<sheet>` of that name, its relationship id, that relationship's target.
 */
export function worksheetPartOf(parts: ReadonlyMap<string, Buffer>, sheetName: string): string | undefined {
  const sheet = elementAttributes(parts.get("xl/workbook.xml"), "sheet").find((attributes) => attributes.name === sheetName);
  const id = sheet && Object.entries(sheet).find(([name]) => /^[\w.-]+:id$/.test(name))?.[1];
  if (id === undefined) return undefined;
  const target = elementAttributes(parts.get("xl/_rels/workbook.xml.rels"), "Relationship").find((attributes) => attributes.Id === id)?.Target;
  if (target === undefined) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}
