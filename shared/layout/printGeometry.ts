/**
 * The printed page of the sheet, shared by the renderers and the pagination: A4 landscape in
 * points, margins in inches (as Excel's page setup takes them), the footer in the bottom margin.
 */
export const PRINT_PAGE = { widthPoints: 842, heightPoints: 595 } as const;
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
export const POINTS_PER_INCH = 72;
