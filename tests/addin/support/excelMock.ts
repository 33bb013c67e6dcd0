/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";

/** A sheet already in the mocked workbook, with the values of its used range. */
export interface MockSheet {
  readonly name: string;
  readonly position?: number;
  readonly values?: unknown[][];
  readonly rowIndex?: number;
  readonly columnIndex?: number;
}

/** A range the adapter asked for, and the mock that recorded what it set. */
export interface RangeRecord {
  readonly sheet: string;
  readonly address: string;
  readonly range: Record<string, any>;
}

/** What a test sees of the mocked workbook after the adapter ran: every call, by range. */
export interface ExcelMock {
  /** The request context to hand to the adapter's batches (an OfficeMockObject). */
  readonly context: Excel.RequestContext;
  /** The calls made, in order: "add Sheet", "getRange B4:F9", "merge B4:F9", "delete Old"… */
  readonly calls: string[];
  /** Every range asked for, in order, with what was set on it: `{ sheet, address, range: { values, format… } }`. */
  readonly ranges: RangeRecord[];
  /** `context.sync`, spied. */
  readonly sync: jest.SpyInstance;
}

/** A range mock: records what is set on it and the methods called. */
function rangeMock(sheetName: string, address: string, calls: string[], ranges: RangeRecord[]): OfficeMockObject {
  const range = new OfficeMockObject({
    address,
    format: {
      fill: {},
      font: {},
      protection: {},
      borders: { getItem: (edge: string) => new OfficeMockObject({ edge }) },
      autofitRows: () => calls.push(`autofitRows ${address}`),
    },
    dataValidation: { clear: () => calls.push(`clearValidation ${address}`) },
    merge: () => calls.push(`merge ${address}`),
    select: () => calls.push(`select ${address}`),
  });
  ranges.push({ sheet: sheetName, address, range: range as unknown as Record<string, any> });
  return range;
}

/** A worksheet mock: ranges on demand, tables, charts, protection, freeze panes, page layout, events. */
function sheetData(sheet: MockSheet, calls: string[], ranges: RangeRecord[]) {
  const state = { name: sheet.name };
  return {
    name: sheet.name,
    position: sheet.position ?? 0,
    usedRange: { values: sheet.values ?? [[""]], rowIndex: sheet.rowIndex ?? 0, columnIndex: sheet.columnIndex ?? 0 },
    getUsedRange(this: { usedRange: unknown }) {
      // The used range is a child of the sheet mock: loaded and synced with it.
      calls.push(`getUsedRange ${state.name}`);
      return this.usedRange;
    },
    getRange: (address: string) => {
      calls.push(`getRange ${address}`);
      return rangeMock(state.name, address, calls, ranges);
    },
    protection: { protect: () => calls.push(`protect ${state.name}`), unprotect: () => calls.push(`unprotect ${state.name}`) },
    freezePanes: { freezeRows: (count: number) => calls.push(`freezeRows ${count}`) },
    pageLayout: { setPrintArea: (area: string) => calls.push(`printArea ${area}`), setPrintTitleRows: (rows: string) => calls.push(`printTitles ${rows}`) },
    tables: {
      add: (address: string) => {
        calls.push(`addTable ${address}`);
        return new OfficeMockObject({ address });
      },
    },
    charts: {
      add: (type: string) => {
        calls.push(`addChart ${type}`);
        return new OfficeMockObject({ title: {}, legend: {}, setPosition: (from: string, to: string) => calls.push(`chartAt ${from}:${to}`) });
      },
    },
    onChanged: { add: () => calls.push(`watch ${state.name}`) },
    activate: () => calls.push(`activate ${state.name}`),
    delete: () => calls.push(`delete ${state.name}`),
  };
}

/**
 * A mocked Excel request context built with office-addin-mock: the sheets given, `worksheets.add`,
 * workbook names and tables. Loads work as in Office.js (a value read before `context.sync()` is an
 * error), and `context.sync` is a jest spy, to count the requests a batch sends.
 */
export function createExcelMock(options: { sheets?: readonly MockSheet[]; names?: readonly string[]; tables?: Readonly<Record<string, unknown[][]>> } = {}): ExcelMock {
  const calls: string[] = [];
  const ranges: RangeRecord[] = [];
  // Objects that methods return are synced with the context, as Office.js does with its proxies.
  const tracked: OfficeMockObject[] = [];
  const track = (object: OfficeMockObject) => (tracked.push(object), object);
  let missing: string | undefined;
  const sheets = options.sheets ?? [];
  const sheetMocks = new Map(sheets.map((sheet) => [sheet.name, track(new OfficeMockObject(sheetData(sheet, calls, ranges)))] as const));
  const items = sheets.map((sheet) => ({ name: sheet.name, position: sheet.position ?? 0, delete: () => calls.push(`delete ${sheet.name}`) }));
  const tables = options.tables ?? {};
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items,
        // Office.js loads `items/name,items/position`; the mock's items are plain objects, always complete.
        load(this: OfficeMockObject) {
          OfficeMockObject.prototype.load.call(this, "items");
        },
        getItem: (name: string) => {
          calls.push(`getItem ${name}`);
          const found = sheetMocks.get(name);
          if (found) return found;
          // As in Office.js, a missing item fails at the next sync, not at getItem.
          missing = name;
          return track(new OfficeMockObject(sheetData({ name }, calls, ranges)));
        },
        add: (name: string) => {
          calls.push(`add ${name}`);
          return track(new OfficeMockObject(sheetData({ name }, calls, ranges)));
        },
      },
      names: {
        items: (options.names ?? []).map((name) => ({ name })),
        load(this: OfficeMockObject) {
          OfficeMockObject.prototype.load.call(this, "items");
        },
        add: (name: string) => calls.push(`addName ${name}`),
        getItem: (name: string) => ({ delete: () => calls.push(`deleteName ${name}`) }),
      },
      tables: {
        getItem: (name: string) => ({
          getRange: () => {
            calls.push(`getTable ${name}`);
            return track(new OfficeMockObject({ values: tables[name] ?? [] }));
          },
        }),
      },
    },
  });
  const context = mock as unknown as Excel.RequestContext;
  const syncRoot = mock.sync.bind(mock);
  const sync = jest.spyOn(mock, "sync").mockImplementation(async () => {
    if (missing !== undefined) {
      const name = missing;
      missing = undefined;
      throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    }
    await syncRoot();
    for (const object of tracked) await object.sync();
  });
  return { context, calls, ranges, sync };
}
