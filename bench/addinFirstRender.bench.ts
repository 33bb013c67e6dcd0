import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildAddin } from "../scripts/buildAddin";
import { startAddinServer } from "../scripts/startAddinServer";

/**
 * The task pane's weight and first render, as `npm run bench:addin` measures them:
 * - weight: the production build (`npm run build`), every JavaScript file gzipped (level 9),
 *   Office.js excluded (Microsoft's CDN); target ≤ 250 KB;
 * - first render: headless Chromium (Debian's), a fresh browser context per run, from navigation
 *   start to the task pane's `taskpane:first-render` mark (Office ready, config read, the sign-in
 *   view rendered); Office.js is the in-page stand-in of the browser tests (no network); target < 1 s.
 */
const RUNS = 7;
const BUDGET_GZIP = 250 * 1024;
const BUDGET_RENDER_MS = 1000;

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), "addin-bench-"));
  const built = await buildAddin({ mode: "production", outDir, config: { mode: "production", apiBase: "/api" } });
  await build({ entryPoints: [path.join(__dirname, "..", "tests", "addin", "browser", "fakeOffice", "install.ts")], bundle: true, format: "iife", outfile: path.join(outDir, "fake-office.js"), logLevel: "silent" });
  const server = await startAddinServer({ port: 0, apiUrl: "http://127.0.0.1:9", root: outDir });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const timings: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: "fr-FR" });
      const page = await context.newPage();
      await page.addInitScript({ path: path.join(outDir, "fake-office.js") });
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: "/* stand-in */" }));
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName("taskpane:first-render").length > 0, undefined, { timeout: 10_000 });
      timings.push(await page.evaluate(() => performance.getEntriesByName("taskpane:first-render")[0]!.startTime));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const okWeight = built.taskpane.gzipBytes <= BUDGET_GZIP;
  const okRender = sorted.at(-1)! < BUDGET_RENDER_MS;
  console.log(
    [
      `Task pane benchmark — ${cpus().length} vCPU (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      `  JavaScript (production, gzip -9, Office.js excluded): first load ${kb(built.initial.gzipBytes)}, all the task pane may load ${kb(built.taskpane.gzipBytes)} (target ≤ ${kb(BUDGET_GZIP)})`,
      ...built.scripts.map((file) => `    ${file.file.padEnd(46)} ${kb(file.bytes).padStart(10)} raw ${kb(file.gzipBytes).padStart(9)} gzip`),
      `  first render, headless Chromium, ${RUNS} cold runs: median ${median.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (target < ${BUDGET_RENDER_MS} ms)`,
      okWeight && okRender ? "OK" : "ÉCHEC",
    ].join("\n"),
  );
  if (!okWeight || !okRender) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
