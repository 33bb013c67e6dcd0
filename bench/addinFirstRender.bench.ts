import { build } from "esbuild";
import path from "node:path";
import { runFirstRenderBench } from "./support/benchFirstRender";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The task pane's weight and first render, as `npm run bench:addin` measures them:
 * - weight: the production build (`npm run build`), every JavaScript file the task pane may load
 *   gzipped (level 9), Office.js excluded (Microsoft's CDN); target ≤ 250 KB;
 * - first render: headless Chromium (Debian's), a fresh browser context per run, from navigation
 *   start to the task pane's `taskpane:first-render` mark (Office ready, config read, the sign-in
 *   view rendered); Office.js is the in-page stand-in of the browser tests (no network); target < 1 s.
 */
runFirstRenderBench({
  title: "Task pane",
  name: "addin",
  viewport: { width: 400, height: 800 },
  path: "/taskpane.html",
  mark: "taskpane:first-render",
  prepareBuild: async (outDir) => {
    await build({ entryPoints: [path.join(__dirname, "..", "tests", "addin", "browser", "fakeOffice", "install.ts")], bundle: true, format: "iife", outfile: path.join(outDir, "fake-office.js"), logLevel: "silent" });
  },
  preparePage: async (page, outDir) => {
    await page.addInitScript({ path: path.join(outDir, "fake-office.js") });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: "/* stand-in */" }));
  },
  weights: (built) => ({
    initial: built.initial.gzipBytes,
    all: built.taskpane.gzipBytes,
    label: ", Office.js excluded",
    details: built.scripts.map((file) => `    ${file.file.padEnd(46)} ${kb(file.bytes).padStart(10)} raw ${kb(file.gzipBytes).padStart(9)} gzip`),
  }),
});
