import { formatRange, isWholeColumns, parseRange, type Rect } from "./addresses";

/** A cell of the stand-in workbook: its value, number format, look and lock. */
export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  fill?: string;
  fontColor?: string;
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontal?: string;
  wrap?: boolean;
  border?: boolean;
  locked: boolean;
}

/** A worksheet of the stand-in workbook. */
export interface FakeSheet {
  readonly id: number;
  name: string;
  readonly cells: Map<string, FakeCell>;
  readonly merges: Rect[];
  readonly validations: { rect: Rect; rule: unknown; message?: string }[];
  readonly columns: Map<number, { width?: number; hidden?: boolean }>;
  protected: boolean;
  frozenRows: number;
  readonly tables: { name: string; address: string; style: string }[];
  readonly charts: { type: string; source: string; title: string; topLeft: string; bottomRight: string }[];
  readonly listeners: Set<(event: unknown) => void>;
}

const key = (row: number, column: number) => `${row}:${column}`;

/**
 * The workbook behind the in-page Excel stand-in: sheets of cells, names, selection. The real
 * Office adapter runs against it through the fake Excel API (excelApi.ts); tests read it and type
 * into it as a user would.
 */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { sheetId: number; address: string }>();
  activeSheetId: number | undefined;
  selection: { sheetId: number; address: string } | undefined;
  /** Every `context.sync()` of the task pane. */
  syncs = 0;
  private nextId = 1;
  private readonly watchers = new Set<() => void>();

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  sheetById(id: number): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`Une feuille « ${name} » existe déjà.`), { code: "ItemAlreadyExists" });
    const sheet: FakeSheet = { id: this.nextId++, name, cells: new Map(), merges: [], validations: [], columns: new Map(), protected: false, frozenRows: 0, tables: [], charts: [], listeners: new Set() };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.changed();
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index >= 0) this.sheets.splice(index, 1);
    // As in Excel, names pointing to a deleted sheet stay (they show #REF!).
    for (const target of this.names.values()) if (target.sheetId === sheet.id) target.sheetId = -1;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
    this.changed();
  }

  moveSheet(sheet: FakeSheet, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, sheet);
    this.changed();
  }

  cell(sheet: FakeSheet, row: number, column: number): FakeCell {
    let cell = sheet.cells.get(key(row, column));
    if (!cell) {
      cell = { value: "", numberFormat: "General", locked: true };
      sheet.cells.set(key(row, column), cell);
    }
    return cell;
  }

  peek(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
    return sheet.cells.get(key(row, column));
  }

  /** Calls `visit` on every cell of a rectangle (whole columns are not expanded). */
  forEachCell(sheet: FakeSheet, rect: Rect, visit: (cell: FakeCell, row: number, column: number) => void): void {
    if (isWholeColumns(rect)) return;
    for (let row = rect.top; row <= rect.bottom; row += 1) for (let column = rect.left; column <= rect.right; column += 1) visit(this.cell(sheet, row, column), row, column);
  }

  /** True when a protected sheet forbids changing this rectangle (a locked cell in it). */
  isLockedOut(sheet: FakeSheet, rect: Rect): boolean {
    if (!sheet.protected || isWholeColumns(rect)) return false;
    for (let row = rect.top; row <= rect.bottom; row += 1) for (let column = rect.left; column <= rect.right; column += 1) if (this.peek(sheet, row, column)?.locked !== false) return true;
    return false;
  }

  /** The bounding rectangle of the cells holding a value (A1 when none). */
  usedRect(sheet: FakeSheet): Rect {
    let rect: Rect | undefined;
    for (const [position, cell] of sheet.cells) {
      if (cell.value === "") continue;
      const [row, column] = position.split(":").map(Number) as [number, number];
      rect = rect ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) } : { top: row, left: column, bottom: row, right: column };
    }
    return rect ?? { top: 1, left: 1, bottom: 1, right: 1 };
  }

  /** Tells the sheet's change handlers (Worksheet.onChanged), after the current task. */
  notifyChange(sheet: FakeSheet, rect: Rect, source: "Local" | "ThisLocalAddin"): void {
    const event = { type: "WorksheetChanged", worksheetId: String(sheet.id), address: formatRange(rect), changeType: "RangeEdited", source: "Local", triggerSource: source };
    for (const listener of [...sheet.listeners]) setTimeout(() => listener(event), 0);
  }

  /** A user types values into cells (Excel refuses locked cells of a protected sheet). */
  type(sheetName: string, entries: readonly { address: string; value: string | number | boolean }[]): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    for (const entry of entries) {
      const rect = parseRange(entry.address);
      if (this.isLockedOut(sheet, rect)) throw new Error(`La cellule ${entry.address} est protégée.`);
      this.cell(sheet, rect.top, rect.left).value = entry.value;
    }
    if (entries.length > 0) this.notifyChange(sheet, parseRange(entries[0]!.address), "Local");
    this.changed();
  }

  /** The value of a cell ("" when blank). */
  valueAt(sheetName: string, address: string): string | number | boolean | undefined {
    const sheet = this.sheet(sheetName);
    const rect = parseRange(address);
    return sheet ? (this.peek(sheet, rect.top, rect.left)?.value ?? "") : undefined;
  }

  watch(callback: () => void): void {
    this.watchers.add(callback);
  }

  changed(): void {
    for (const watcher of this.watchers) watcher();
  }
}
