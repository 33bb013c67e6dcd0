import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { SHEET_NAME } from "../../../shared/layout/sheetName";
import { createAutosave, type AutosaveStatus } from "../../commune/createAutosave";
import { planHighlights } from "../../commune/planHighlights";
import { readInventory, type InventoryReading } from "../../commune/readInventory";
import type { TemplatePlan } from "../../sheet/TemplatePlan";
import type { Grid } from "../../workbook/Grid";
import type { CellWrite } from "../../workbook/WorkbookPort";
import { useServices } from "../AppServices";
import { describeError } from "../describeError";
import { todayInParis } from "../../../shared/calendar/todayInParis";

/** The commune's sheet as the task pane follows it. */
export interface CommuneSheet {
  /** absent: no sheet yet; foreign: a sheet of that name that is not the template; present: ours. */
  readonly status: "loading" | "absent" | "foreign" | "present";
  readonly grid?: Grid;
  readonly reading?: InventoryReading;
  /** What is running, in French (buttons are disabled meanwhile). */
  readonly busy?: string;
  readonly error?: string;
  readonly autosave: AutosaveStatus;
  refresh(): Promise<void>;
  /** Reads the sheet now and returns what it says (the submission uses it). */
  readNow(): Promise<InventoryReading | undefined>;
  /** The sheet's values now (one request): what a rebuild carries over, never an older copy. */
  freshGrid(): Promise<Grid | undefined>;
  /** Draws the sheet anew (prepare, repair, blocks, prefill). */
  rebuild(plan: TemplatePlan, label: string): Promise<void>;
  writeCells(writes: readonly CellWrite[], label: string): Promise<void>;
  select(address: string): Promise<void>;
}

/** How long the sheet must stay still before it is read again. */
const SETTLE_MS = 700;

/**
 * Follows the sheet "Description organique": reads it (one request), runs the shared checks,
 * redraws the finding highlights (one request) and autosaves the draft after every change made in
 * Excel or by the pane; blocks while an operation runs.
 */
export function useCommuneSheet(insee: string, officialName?: string): CommuneSheet {
  const services = useServices();
  const { workbook, api, session, config } = services;
  const [state, setState] = useState<Pick<CommuneSheet, "status" | "grid" | "reading" | "busy" | "error">>({ status: "loading" });
  const [autosaveStatus, setAutosaveStatus] = useState<AutosaveStatus>({ state: "idle" });
  const autosave = useMemo(() => createAutosave({ save: async (submission) => (await api.saveDraft(insee, submission)).savedAt, onStatus: setAutosaveStatus }), [api, insee]);
  const unwatch = useRef<(() => Promise<void>) | undefined>(undefined);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reading = useRef<Promise<void> | undefined>(undefined);
  const again = useRef(false);
  // The commune's official name once known (from the API): the same name check as the server's, before submitting.
  const official = useRef(officialName);
  official.current = officialName;

  async function readOnce(): Promise<InventoryReading | undefined> {
    const grid = await workbook.readGrid(SHEET_NAME);
    if (!grid) {
      setState((previous) => ({ ...previous, status: "absent", grid: undefined, reading: undefined, error: undefined }));
      return undefined;
    }
    const result = readInventory(grid, {
      today: todayInParis(services.now()),
      maxAgeMonths: config.freshnessMonths,
      officialName: (code) => (code === insee ? official.current : undefined),
      // The pane files for the signed-in commune: another code is reported as the server would.
      expectedInsee: insee,
    });
    if (!result.layout) {
      setState((previous) => ({ ...previous, status: "foreign", grid, reading: undefined, error: undefined }));
      return undefined;
    }
    setState((previous) => ({ ...previous, status: "present", grid, reading: result, error: undefined }));
    if (result.submission) autosave.push(result.submission);
    await workbook.highlight(planHighlights(result.layout, result.findings));
    if (!unwatch.current) unwatch.current = await workbook.watchSheet(SHEET_NAME, onSheetChanged);
    return result;
  }

  /** Reads the sheet; a read asked for while one runs is done once more afterwards. */
  async function refresh(): Promise<void> {
    if (reading.current) {
      again.current = true;
      return reading.current;
    }
    reading.current = (async () => {
      do {
        again.current = false;
        try {
          await readOnce();
        } catch (error) {
          setState((previous) => ({ ...previous, error: describeError(error) }));
        }
      } while (again.current);
    })();
    try {
      await reading.current;
    } finally {
      reading.current = undefined;
    }
  }

  function onSheetChanged(): void {
    clearTimeout(settle.current);
    settle.current = setTimeout(() => void refresh(), SETTLE_MS);
  }

  async function run(label: string, action: () => Promise<void>): Promise<void> {
    setState((previous) => ({ ...previous, busy: label, error: undefined }));
    try {
      await action();
      await refresh();
    } catch (error) {
      setState((previous) => ({ ...previous, error: describeError(error) }));
    } finally {
      setState((previous) => ({ ...previous, busy: undefined }));
    }
  }

  useEffect(() => {
    void refresh();
    const stopListening = session.subscribe((next) => {
      if (next.status === "active") autosave.resume();
    });
    return () => {
      stopListening();
      clearTimeout(settle.current);
      autosave.dispose();
      void unwatch.current?.();
    };
  }, [insee]);

  return {
    ...state,
    autosave: autosaveStatus,
    refresh,
    readNow: readOnce,
    freshGrid: () => workbook.readGrid(SHEET_NAME),
    rebuild: (plan, label) =>
      run(label, async () => {
        // The sheet is replaced: its change handler goes with it.
        await unwatch.current?.();
        unwatch.current = undefined;
        await workbook.writeTemplate(plan);
      }),
    writeCells: (writes, label) => run(label, () => workbook.writeCells(SHEET_NAME, writes)),
    select: async (address) => {
      try {
        await workbook.selectCell(SHEET_NAME, address);
      } catch (error) {
        setState((previous) => ({ ...previous, error: describeError(error) }));
      }
    },
  };
}
