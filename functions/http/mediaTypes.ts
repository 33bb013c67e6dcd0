/** The media type of an .xlsx workbook. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The media type of CSV exports. */
export const CSV_TYPE = "text/csv; charset=utf-8";
