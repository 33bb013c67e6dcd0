import { build } from "esbuild";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from "playwright-core";
import { buildAddin } from "../../../../scripts/buildAddin";
import { startAddinServer, type AddinServer } from "../../../../scripts/startAddinServer";
import { startTestApi, type TestApi } from "../../../support/startTestApi";
import { trackRequests } from "./trackRequests";

/** Chromium as the issue asks: Debian's, headless, no sandbox, nothing fetched from the network. */
const CHROMIUM = { executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] };
export const SCREENSHOTS = path.resolve(__dirname, "..", "..", "..", "..", "test-results", "screenshots");

/** A signed-in page: the harness (stand-in workbook on the left, task pane on the right). */
export interface HarnessPage {
  readonly page: Page;
  /** The task pane, inside its iframe. */
  readonly pane: FrameLocator;
  /** Types values into the stand-in workbook as a user would (A1 addresses). */
  type(sheet: string, entries: readonly { address: string; value: string | number }[]): Promise<void>;
  /** A cell's value in the stand-in workbook. */
  valueAt(sheet: string, address: string): Promise<unknown>;
  /** A cell's look in the stand-in workbook. */
  cellAt(sheet: string, address: string): Promise<{ fill?: string; locked: boolean } | undefined>;
  /** The stand-in's state: sheets (in order), selection, requests sent. */
  workbook(): Promise<{ sheets: string[]; selection?: string; syncs: number; tables: string[]; charts: string[] }>;
  /** Saves test-results/screenshots/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A page of the web portal (served at `/`, no Office), in a browser window of a given width. */
export interface PortalPage {
  readonly page: Page;
  /** Saves test-results/screenshots/<name>.png (the whole page). */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The harness of a test file: the API over the run's Azurite, the built task pane and its server, Chromium. */
export interface BrowserHarness {
  readonly api: TestApi;
  readonly server: AddinServer;
  open(options?: { excelApi?: string }): Promise<HarnessPage>;
  /** Opens the web portal at `/`, as a browser outside Excel would. */
  openPortal(options?: { width?: number }): Promise<PortalPage>;
  close(): Promise<void>;
}

/**
 * Starts everything a browser test needs: the API (tests/support/startTestApi), the task pane built
 * in development mode with the in-page Excel stand-in compiled beside it, the add-in server in
 * local mode (development tokens, /api proxied), and Chromium.
 */
export async function startBrowserHarness(options: { apiEnv?: Readonly<Record<string, string>> } = {}): Promise<BrowserHarness> {
  const outDir = mkdtempSync(path.join(tmpdir(), "addin-browser-"));
  await buildAddin({ mode: "development", outDir });
  await build({ entryPoints: [path.join(__dirname, "..", "fakeOffice", "install.ts")], bundle: true, format: "iife", outfile: path.join(outDir, "fake-office.js"), logLevel: "silent", target: "chrome100" });
  for (const file of ["harness.html", "harness.css"]) copyFileSync(path.join(__dirname, "..", "harness", file), path.join(outDir, file));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const api = await startTestApi(options.apiEnv ? { env: options.apiEnv } : {});
  const server = await startAddinServer({ port: 0, apiUrl: api.url, root: outDir, devKeys: api.keys });
  const browser: Browser = await chromium.launch(CHROMIUM);
  const contexts: BrowserContext[] = [];
  const newContext = async (width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 860 }, locale: "fr-FR", timezoneId: "Europe/Paris", acceptDownloads: true });
    contexts.push(context);
    return context;
  };
  return {
    api,
    server,
    async openPortal(options = {}) {
      const context = await newContext(options.width ?? 1280);
      const page = await context.newPage();
      const requests = trackRequests(page);
      if (process.env.ADDIN_BROWSER_DEBUG) page.on("pageerror", (error) => process.stdout.write(`[navigateur] erreur ${error.message}\n`));
      await page.goto(`${server.origin}/`);
      return {
        page,
        async screenshot(name) {
          await requests.idle();
          await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
          const file = path.join(SCREENSHOTS, `${name}.png`);
          await page.screenshot({ path: file, animations: "disabled", fullPage: true });
          return file;
        },
        close: () => context.close(),
      };
    },
    async open(options = {}) {
      const context = await newContext(1360);
      const page = await context.newPage();
      const requests = trackRequests(page);
      // ADDIN_BROWSER_DEBUG=1 prints the pages' console and errors.
      if (process.env.ADDIN_BROWSER_DEBUG) {
        page.on("console", (message) => process.stdout.write(`[navigateur] ${message.type()} ${message.text()}\n`));
        page.on("pageerror", (error) => process.stdout.write(`[navigateur] erreur ${error.message}\n`));
      }
      if (options.excelApi) await page.addInitScript(`window.__fakeOfficeOptions = { excelApi: ${JSON.stringify(options.excelApi)} };`);
      await page.addInitScript({ path: path.join(outDir, "fake-office.js") });
      // The real Office.js would replace the stand-in: it is not loaded in the harness.
      await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: "/* Office.js: replaced by the in-page stand-in */" }));
      await page.goto(`${server.origin}/harness.html`);
      const pane = page.frameLocator("#taskpane");
      return {
        page,
        pane,
        type: (sheet, entries) => page.evaluate(([name, values]) => window.__fakeWorkbook!.type(name, values), [sheet, entries] as const),
        valueAt: (sheet, address) => page.evaluate(([name, cell]) => window.__fakeWorkbook!.valueAt(name, cell), [sheet, address] as const),
        cellAt: (sheet, address) =>
          page.evaluate(([name, cell]) => {
            const model = window.__fakeWorkbook!;
            const target = model.sheet(name);
            const match = /^([A-Z]+)(\d+)$/.exec(cell)!;
            const column = [...match[1]!].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
            const found = target && model.peek(target, Number(match[2]), column);
            return found ? { ...(found.fill ? { fill: found.fill } : {}), locked: found.locked } : undefined;
          }, [sheet, address] as const),
        workbook: () =>
          page.evaluate(() => {
            const model = window.__fakeWorkbook!;
            const selected = model.selection && model.sheetById(model.selection.sheetId);
            return {
              sheets: model.sheets.map((sheet) => sheet.name),
              ...(selected ? { selection: `${selected.name}!${model.selection!.address}` } : {}),
              syncs: model.syncs,
              tables: model.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
              charts: model.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.title)),
            };
          }),
        async screenshot(name) {
          // What the picture needs, awaited rather than timed: the pane has its answers (no request in
          // flight), every frame has its fonts and has rendered since; the screenshot itself stops the
          // animations (finite ones run to their end, the spinner shows its first frame).
          await requests.idle();
          for (const frame of page.frames()) await frame.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
          const file = path.join(SCREENSHOTS, `${name}.png`);
          await page.screenshot({ path: file, animations: "disabled" });
          return file;
        },
        close: () => context.close(),
      };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      await api.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    __fakeWorkbook?: import("../fakeOffice/FakeWorkbook").FakeWorkbook;
    __fakeOfficeOptions?: { excelApi?: string };
  }
}

/** Waits until `read` returns `expected` (polling: the stand-in workbook announces no change to the test), or fails with the last value read. */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Attendu ${JSON.stringify(expected)}, lu ${JSON.stringify(last)}`);
}
