/** Excel's maximum digit width of its default font (Calibri 11), in pixels. */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PX = 0.75;

/** A column width in Excel character units (as the layout and ExcelJS give it) converted to Office.js points. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * DIGIT_PX + PADDING_PX) * POINTS_PER_PX * 100) / 100;
}
