import { formatRange, isWholeColumns, parseRange, type Rect } from "./addresses";
import type { FakeSheet, FakeWorkbook } from "./FakeWorkbook";

/** An Office.js-like error (OfficeExtension.Error has `code` and `message`). */
function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

/**
 * The request context of the stand-in: operations apply to the workbook at once, but their
 * failures surface at the next `sync()` — as Office.js reports them — and loaded properties can be
 * read only after a `sync()`, so an adapter that reads too early fails here as it would in Excel.
 */
class FakeContext {
  readonly workbook: WorkbookProxy;
  private failures: Error[] = [];
  private readonly loaded = new Set<Loadable>();
  private readonly touched = new Map<FakeSheet, Rect>();

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  fail(error: Error): void {
    this.failures.push(error);
  }

  registerLoad(object: Loadable): void {
    this.loaded.add(object);
  }

  touch(sheet: FakeSheet, rect: Rect): void {
    if (!this.touched.has(sheet)) this.touched.set(sheet, rect);
  }

  async sync(): Promise<void> {
    this.model.syncs += 1;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const failure = this.failures[0];
    this.failures = [];
    for (const object of this.loaded) object.snapshot();
    this.loaded.clear();
    for (const [sheet, rect] of this.touched) this.model.notifyChange(sheet, rect, "ThisLocalAddin");
    this.touched.clear();
    this.model.changed();
    if (failure) throw failure;
  }

  /** The end of Excel.run: what is still queued is sent, and fails the run if it failed. */
  finish(): void {
    const failure = this.failures[0];
    this.failures = [];
    if (failure) throw failure;
  }
}

/** A proxy whose loaded properties are read after a sync only. */
abstract class Loadable {
  private requested = new Set<string>();
  private snapshotValues = new Map<string, unknown>();
  constructor(protected readonly context: FakeContext) {}

  load(properties?: string | string[]): this {
    const list = properties === undefined ? ["*"] : Array.isArray(properties) ? properties : properties.split(",");
    for (const property of list) this.requested.add(property.trim().split("/")[0]!);
    this.context.registerLoad(this);
    return this;
  }

  snapshot(): void {
    for (const property of this.requested) this.snapshotValues.set(property, this.read(property));
  }

  protected loadedValue<T>(property: string): T {
    if (!this.snapshotValues.has(property)) throw officeError("PropertyNotLoaded", `La propriété ${property} n'est pas chargée : appelez load() puis context.sync().`);
    return this.snapshotValues.get(property) as T;
  }

  protected abstract read(property: string): unknown;
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamesProxy;
  readonly tables: TablesProxy;
  constructor(context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamesProxy(context);
    this.tables = new TablesProxy(context);
  }
}

class WorksheetCollectionProxy extends Loadable {
  get items(): WorksheetProxy[] {
    return this.loadedValue("items");
  }
  protected read(): unknown {
    return this.context.model.sheets.map((sheet, position) => new WorksheetProxy(this.context, sheet, sheet.name, false, position));
  }
  getItem(name: string): WorksheetProxy {
    const sheet = this.context.model.sheet(name);
    if (!sheet) this.context.fail(officeError("ItemNotFound", `La feuille « ${name} » n'existe pas.`));
    return new WorksheetProxy(this.context, sheet, name);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this.context.model.sheet(name), name, true);
  }
  add(name: string): WorksheetProxy {
    try {
      return new WorksheetProxy(this.context, this.context.model.addSheet(name), name);
    } catch (error) {
      this.context.fail(error as Error);
      return new WorksheetProxy(this.context, undefined, name);
    }
  }
}

class WorksheetProxy extends Loadable {
  readonly protection: { protect: (options?: unknown) => void; unprotect: () => void };
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly pageLayout: Record<string, unknown> & { setPrintArea: (area: string) => void; setPrintTitleRows: (rows: string) => void };
  readonly tables: { add: (address: string, hasHeaders: boolean) => TableProxy };
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy?: string) => ChartProxy };
  readonly onChanged: { add: (handler: (event: unknown) => unknown) => { remove: () => void; context: FakeContext } };

  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet | undefined,
    private readonly requestedName: string,
    private readonly orNull = false,
    /** The position loaded with the collection's items (kept after a deletion, as Office.js does). */
    private readonly loadedPosition?: number,
  ) {
    super(context);
    const model = context.model;
    const live = (action: (sheet: FakeSheet) => void) => () => (this.sheet ? action(this.sheet) : this.missing());
    this.protection = {
      protect: () => live((sheet) => ((sheet.protected = true), model.changed()))(),
      unprotect: () => live((sheet) => ((sheet.protected = false), model.changed()))(),
    };
    this.freezePanes = { freezeRows: (count) => live((sheet) => (sheet.frozenRows = count))() };
    this.pageLayout = { setPrintArea: () => undefined, setPrintTitleRows: () => undefined };
    this.tables = {
      add: (address, _hasHeaders) => {
        const table = { name: `Tableau${(this.sheet?.tables.length ?? 0) + 1}`, address: formatRange(parseRange(address)), style: "TableStyleMedium2" };
        this.sheet?.tables.push(table);
        model.changed();
        return new TableProxy(context, table);
      },
    };
    this.charts = {
      add: (type, source) => {
        const chart = { type, source: source.address, title: "", topLeft: "A1", bottomRight: "F15" };
        this.sheet?.charts.push(chart);
        model.changed();
        return new ChartProxy(chart, () => model.changed());
      },
    };
    this.onChanged = {
      add: (handler) => {
        const listener = (event: unknown) => void handler(event);
        this.sheet?.listeners.add(listener);
        return { remove: () => this.sheet?.listeners.delete(listener), context };
      },
    };
  }

  private missing(): void {
    this.context.fail(officeError("ItemNotFound", `La feuille « ${this.requestedName} » n'existe pas.`));
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get name(): string {
    return this.sheet?.name ?? this.requestedName;
  }
  set name(name: string) {
    if (!this.sheet) {
      this.missing();
      return;
    }
    if (this.context.model.sheets.some((other) => other !== this.sheet && other.name.toLowerCase() === name.toLowerCase())) {
      this.context.fail(officeError("ItemAlreadyExists", `Une feuille « ${name} » existe déjà.`));
      return;
    }
    this.sheet.name = name;
    this.context.model.changed();
  }
  get position(): number {
    return this.loadedPosition ?? (this.sheet ? this.context.model.sheets.indexOf(this.sheet) : -1);
  }
  set position(position: number) {
    if (this.sheet) this.context.model.moveSheet(this.sheet, position);
  }
  protected read(property: string): unknown {
    if (property === "isNullObject") return this.sheet === undefined;
    return undefined;
  }
  override load(properties?: string | string[]): this {
    if (!this.orNull && !this.sheet) this.missing();
    return super.load(properties);
  }
  delete(): void {
    if (!this.sheet) return this.missing();
    this.context.model.deleteSheet(this.sheet);
  }
  activate(): void {
    if (!this.sheet) return this.missing();
    this.context.model.activeSheetId = this.sheet.id;
    this.context.model.changed();
  }
  getRange(address?: string): RangeProxy {
    if (!this.sheet) this.missing();
    return new RangeProxy(this.context, this.sheet, address ?? "A1:XFD1048576");
  }
  getUsedRange(_valuesOnly?: boolean): RangeProxy {
    if (!this.sheet) {
      this.missing();
      return new RangeProxy(this.context, undefined, "A1");
    }
    return new RangeProxy(this.context, this.sheet, formatRange(this.context.model.usedRect(this.sheet)));
  }
}

class RangeProxy extends Loadable {
  readonly rect: Rect;
  readonly format: ReturnType<RangeProxy["makeFormat"]>;
  readonly dataValidation: { clear: () => void; ignoreBlanks: boolean; rule: unknown; errorAlert: unknown; prompt: unknown };

  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet | undefined,
    readonly address: string,
  ) {
    super(context);
    this.rect = parseRange(address);
    this.format = this.makeFormat();
    const sheetOf = () => this.sheet;
    const validation = { rect: this.rect, rule: undefined as unknown, message: undefined as string | undefined };
    this.dataValidation = {
      clear: () => this.sheet?.validations.splice(0, this.sheet.validations.length, ...this.sheet.validations.filter((existing) => formatRange(existing.rect) !== formatRange(this.rect))),
      ignoreBlanks: true,
      get rule() {
        return validation.rule;
      },
      set rule(rule: unknown) {
        validation.rule = rule;
        sheetOf()?.validations.push(validation);
      },
      errorAlert: undefined,
      prompt: undefined,
    };
  }

  private each(apply: (cell: ReturnType<FakeWorkbook["cell"]>, row: number, column: number) => void, what: string): void {
    if (!this.sheet) return;
    if (this.context.model.isLockedOut(this.sheet, this.rect)) {
      this.context.fail(officeError("AccessDenied", `La feuille « ${this.sheet.name} » est protégée : ${what} impossible en ${this.address}.`));
      return;
    }
    this.context.model.forEachCell(this.sheet, this.rect, apply);
  }

  private grid(values: unknown, what: string): unknown[][] | undefined {
    const rows = this.rect.bottom - this.rect.top + 1;
    const columns = this.rect.right - this.rect.left + 1;
    if (!Array.isArray(values) || values.length !== rows || values.some((row) => !Array.isArray(row) || row.length !== columns)) {
      this.context.fail(officeError("InvalidArgument", `${what} : tableau de ${rows} × ${columns} attendu pour ${this.address}.`));
      return undefined;
    }
    return values as unknown[][];
  }

  private makeFormat() {
    const set = (apply: (cell: ReturnType<FakeWorkbook["cell"]>) => void) => this.each((cell) => apply(cell), "mise en forme");
    const range = this;
    return {
      fill: {
        set color(color: string) {
          set((cell) => (cell.fill = color));
        },
      },
      font: {
        set name(name: string) {
          set((cell) => (cell.fontName = name));
        },
        set color(color: string) {
          set((cell) => (cell.fontColor = color));
        },
        set bold(bold: boolean) {
          set((cell) => (cell.bold = bold));
        },
        set italic(italic: boolean) {
          set((cell) => (cell.italic = italic));
        },
        set size(size: number) {
          set((cell) => (cell.fontSize = size));
        },
      },
      protection: {
        set locked(locked: boolean) {
          set((cell) => (cell.locked = locked));
        },
      },
      borders: {
        getItem: () => ({
          set style(_style: string) {
            set((cell) => (cell.border = true));
          },
          weight: "Thin",
          color: "#A6A6A6",
        }),
      },
      set horizontalAlignment(value: string) {
        set((cell) => (cell.horizontal = value));
      },
      set verticalAlignment(_value: string) {},
      set wrapText(wrap: boolean) {
        set((cell) => (cell.wrap = wrap));
      },
      set columnWidth(width: number) {
        if (!range.sheet) return;
        for (let column = range.rect.left; column <= Math.min(range.rect.right, 200); column += 1) range.sheet.columns.set(column, { ...range.sheet.columns.get(column), width });
      },
      autofitRows: () => undefined,
    };
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    const grid = this.grid(values, "Valeurs");
    if (!grid || !this.sheet) return;
    this.each((cell, row, column) => {
      const value = grid[row - this.rect.top]![column - this.rect.left];
      if (value !== null && value !== undefined) cell.value = value as string | number | boolean;
    }, "saisie");
    this.context.touch(this.sheet, this.rect);
  }
  set numberFormat(formats: unknown[][]) {
    const grid = this.grid(formats, "Formats de nombre");
    if (grid) this.each((cell, row, column) => (cell.numberFormat = String(grid[row - this.rect.top]![column - this.rect.left])), "mise en forme");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  set columnHidden(hidden: boolean) {
    if (!this.sheet) return;
    for (let column = this.rect.left; column <= Math.min(this.rect.right, 200); column += 1) this.sheet.columns.set(column, { ...this.sheet.columns.get(column), hidden });
  }
  protected read(property: string): unknown {
    if (property === "values") {
      const rows: unknown[][] = [];
      for (let row = this.rect.top; row <= this.rect.bottom; row += 1) {
        const line: unknown[] = [];
        for (let column = this.rect.left; column <= this.rect.right; column += 1) line.push(this.sheet ? (this.context.model.peek(this.sheet, row, column)?.value ?? "") : "");
        rows.push(line);
      }
      return rows;
    }
    if (property === "rowIndex") return this.rect.top - 1;
    if (property === "columnIndex") return this.rect.left - 1;
    if (property === "address") return `'${this.sheet?.name}'!${this.address}`;
    return undefined;
  }
  merge(_across?: boolean): void {
    if (this.sheet && !isWholeColumns(this.rect)) this.sheet.merges.push(this.rect);
  }
  select(): void {
    if (!this.sheet) return;
    this.context.model.selection = { sheetId: this.sheet.id, address: this.address };
    this.context.model.activeSheetId = this.sheet.id;
    this.context.model.changed();
  }
}

class NamesProxy extends Loadable {
  get items(): { name: string }[] {
    return this.loadedValue("items");
  }
  protected read(): unknown {
    return [...this.context.model.names.keys()].map((name) => ({ name }));
  }
  add(name: string, reference: RangeProxy): void {
    if (this.context.model.names.has(name)) return this.context.fail(officeError("ItemAlreadyExists", `Le nom ${name} existe déjà.`));
    if (reference.sheet) this.context.model.names.set(name, { sheetId: reference.sheet.id, address: reference.address });
  }
  getItem(name: string): { delete: () => void } {
    return {
      delete: () => {
        if (!this.context.model.names.delete(name)) this.context.fail(officeError("ItemNotFound", `Le nom ${name} n'existe pas.`));
      },
    };
  }
}

class TableProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly table: { name: string; address: string; style: string },
  ) {}
  set name(name: string) {
    const taken = this.context.model.sheets.some((sheet) => sheet.tables.some((other) => other !== this.table && other.name === name));
    if (taken || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) this.context.fail(officeError("InvalidArgument", `Nom de tableau refusé : ${name}`));
    else this.table.name = name;
  }
  set style(style: string) {
    this.table.style = style;
  }
}

class TablesProxy {
  constructor(private readonly context: FakeContext) {}
  getItem(name: string): { getRange: () => RangeProxy } {
    const sheet = this.context.model.sheets.find((candidate) => candidate.tables.some((table) => table.name === name));
    const table = sheet?.tables.find((candidate) => candidate.name === name);
    if (!sheet || !table) this.context.fail(officeError("ItemNotFound", `Le tableau ${name} n'existe pas.`));
    return { getRange: () => new RangeProxy(this.context, sheet, table?.address ?? "A1") };
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly legend = { visible: true };
  constructor(
    private readonly chart: { title: string; topLeft: string; bottomRight: string },
    changed: () => void,
  ) {
    this.title = {
      get text() {
        return chart.title;
      },
      set text(text: string) {
        chart.title = text;
        changed();
      },
    };
  }
  setPosition(topLeft: string, bottomRight: string): void {
    this.chart.topLeft = topLeft;
    this.chart.bottomRight = bottomRight;
  }
}

/** The `Excel` global of the stand-in: `Excel.run` over the given workbook. */
export function createFakeExcel(model: FakeWorkbook) {
  return {
    async run<T>(first: unknown, second?: (context: FakeContext) => Promise<T>): Promise<T> {
      const batch = (typeof first === "function" ? first : second) as (context: FakeContext) => Promise<T>;
      const context = first instanceof FakeContext ? first : new FakeContext(model);
      const result = await batch(context);
      context.finish();
      return result;
    },
  };
}
