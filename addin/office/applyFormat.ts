/// <reference types="office-js" />
import type { CellFormat } from "../sheet/CellFormat";

/** Queues a plain-data format on a range (no request is sent here). */
export function applyFormat(range: Excel.Range, format: CellFormat): void {
  const target = range.format;
  if (format.fill !== undefined) target.fill.color = format.fill;
  if (format.fontName !== undefined) target.font.name = format.fontName;
  if (format.fontColor !== undefined) target.font.color = format.fontColor;
  if (format.bold !== undefined) target.font.bold = format.bold;
  if (format.italic !== undefined) target.font.italic = format.italic;
  if (format.fontSize !== undefined) target.font.size = format.fontSize;
  if (format.horizontal !== undefined) target.horizontalAlignment = format.horizontal;
  if (format.vertical !== undefined) target.verticalAlignment = format.vertical;
  if (format.wrap !== undefined) target.wrapText = format.wrap;
  if (format.locked !== undefined) target.protection.locked = format.locked;
  for (const edge of format.borders ?? []) {
    const border = target.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    if (format.borderColor !== undefined) border.color = format.borderColor;
  }
}
