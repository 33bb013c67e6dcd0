/**
 * The limits of the workbook reader. An uploaded description organique is a few hundred kilobytes
 * (the largest layout, 200 blocks of each kind, has about 10,500 rows); far larger content is not
 * a filled template but an accident or an attack, refused before it costs memory or time.
 */
export const XLSX_READ_LIMITS = {
  /** Largest file (the API already refuses bodies over 5 MB). */
  maxFileBytes: 10 * 1024 * 1024,
  /** Entries in the zip's central directory. */
  maxEntries: 2_000,
  /** Declared uncompressed size of all entries together. */
  maxTotalUncompressedBytes: 60 * 1024 * 1024,
  /**
   * Uncompressed size of the parts ExcelJS parses (sheets, shared strings, styles…): ExcelJS reads
   * about 6 MB of XML a second, and the largest layout filled in full makes about 4 MB.
   */
  maxValuePartsBytes: 16 * 1024 * 1024,
  /** Compression ratio above which a large entry is taken for a zip bomb… */
  maxCompressionRatio: 200,
  /** …when it is larger than this once uncompressed. */
  ratioCheckedFromBytes: 1024 * 1024,
  /** `<row>` elements in one worksheet, and cells in one `<row>` (ExcelJS's own caps). */
  maxSheetRows: 50_000,
  maxRowCells: 2_000,
  /**
   * Cells (`<c>` elements) in all worksheets: ExcelJS spends about a kilobyte of memory on each.
   * The largest layout written by the template has about 65,000.
   */
  maxCells: 250_000,
  /** Merged ranges in the workbook, and cells they cover (ExcelJS visits each merged cell). */
  maxMerges: 5_000,
  maxMergedCells: 100_000,
  /** The values grid: last row and last column holding a value. */
  maxGridRows: 20_000,
  maxGridColumns: 100,
} as const;
