import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { buildAddin, type BuildAddinResult } from "../../scripts/buildAddin";
import { startAddinServer } from "../../scripts/startAddinServer";
import { machineLine } from "./machineLine";

const RUNS = 7;
const BUDGET_GZIP = 250 * 1024;
const BUDGET_RENDER_MS = 1000;

/** What one page's benchmark measures: which page, its first-render mark, and its scripts' weights. */
export interface FirstRenderBench {
  /** « Task pane », « Portal ». */
  readonly title: string;
  /** A folder name prefix for the production build. */
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** The path served (`/taskpane.html`, `/`). */
  readonly path: string;
  /** The `performance.mark` the page sets once rendered. */
  readonly mark: string;
  /** Extra preparation of the build folder (a stand-in Office.js) and of each page, before navigating. */
  readonly prepareBuild?: (outDir: string) => Promise<void>;
  readonly preparePage?: (page: Page, outDir: string) => Promise<void>;
  /** The weights to report from the build: first load and all it may load (the budget), with a label for the line. */
  readonly weights: (built: BuildAddinResult) => { readonly initial: number; readonly all: number; readonly label: string; readonly details?: readonly string[] };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Builds the add-in for production, serves it, and loads `bench.path` in fresh headless Chromium
 * contexts (Debian's), timing navigation start to `bench.mark`; prints the weights and timings
 * against the budgets (≤ 250 KB gzipped, < 1 s), « OK » or « ÉCHEC » (exit code 1).
 */
export async function benchFirstRender(bench: FirstRenderBench): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), `${bench.name}-bench-`));
  const built = await buildAddin({ mode: "production", outDir, config: { mode: "production", apiBase: "/api" } });
  await bench.prepareBuild?.(outDir);
  const server = await startAddinServer({ port: 0, apiUrl: "http://127.0.0.1:9", root: outDir });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const timings: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { ...bench.viewport }, locale: "fr-FR" });
      const page = await context.newPage();
      await bench.preparePage?.(page, outDir);
      await page.goto(`${server.origin}${bench.path}`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, bench.mark, { timeout: 10_000 });
      timings.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, bench.mark));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const weights = bench.weights(built);
  const okWeight = weights.all <= BUDGET_GZIP;
  const okRender = sorted.at(-1)! < BUDGET_RENDER_MS;
  console.log(
    [
      `${bench.title} benchmark — ${machineLine()}`,
      `  JavaScript (production, gzip -9${weights.label}): first load ${kb(weights.initial)}, all it may load ${kb(weights.all)} (target ≤ ${kb(BUDGET_GZIP)})`,
      ...(weights.details ?? []),
      `  first render, headless Chromium, ${RUNS} cold runs: median ${median.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (target < ${BUDGET_RENDER_MS} ms)`,
      okWeight && okRender ? "OK" : "ÉCHEC",
    ].join("\n"),
  );
  if (!okWeight || !okRender) process.exitCode = 1;
}

/** Runs a benchmark as a script: any failure printed, exit code 1. */
export function runFirstRenderBench(bench: FirstRenderBench): void {
  benchFirstRender(bench).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
