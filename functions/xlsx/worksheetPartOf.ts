import { startTags } from "./startTags";
import { xmlAttributes } from "./xmlAttributes";

/**
 * The package part (`xl/worksheets/sheet3.xml`) of the worksheet named `sheetName`, found as ExcelJS
 * finds it: the workbook's `<sheet>` of that name, its relationship id, that relationship's target.
 */
export function worksheetPartOf(parts: ReadonlyMap<string, Buffer>, sheetName: string): string | undefined {
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const sheet = [...startTags(workbook, "sheet")].map((tag) => xmlAttributes(tag.attributes)).find((attributes) => attributes.get("name") === sheetName);
  const id = sheet && [...sheet].find(([name]) => /^[\w.-]+:id$/.test(name))?.[1];
  if (id === undefined) return undefined;
  const relationships = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const target = [...startTags(relationships, "Relationship")].map((tag) => xmlAttributes(tag.attributes)).find((attributes) => attributes.get("Id") === id)?.get("Target");
  if (target === undefined) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}
