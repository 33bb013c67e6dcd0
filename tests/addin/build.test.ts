import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAddin, OFFICE_JS } from "../../scripts/buildAddin";

const BUDGET_GZIP_BYTES = 250 * 1024;

describe("npm run build (the task pane's bundle)", () => {
  let outDir: string;
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  test("production: Office.js from Microsoft's CDN, all the task pane's JavaScript ≤ 250 KB gzipped without Office.js, and the portal's ≤ 250 KB", async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "addin-build-"));
    const result = await buildAddin({ mode: "production", outDir, config: { mode: "production", apiBase: "/api" } });
    expect(result.taskpane.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(result.initial.gzipBytes).toBeLessThan(result.taskpane.gzipBytes);
    expect(result.portal.all.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    // The portal is the same UI code without Office: neither Office.js nor the Office adapters.
    const portal = readFileSync(path.join(outDir, "index.html"), "utf8");
    expect(portal).toContain('<script type="module" src="portal.js"></script>');
    expect(portal).not.toContain("office.js");
    const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    expect(html).toContain(`<script src="${OFFICE_JS.production}"></script>`);
    expect(html).not.toContain("%OFFICE_JS%");
    expect(JSON.parse(readFileSync(path.join(outDir, "config.json"), "utf8"))).toEqual({ mode: "production", apiBase: "/api" });
    // MSAL (about 80 KB gzipped) is loaded on demand only, when signing in with Microsoft: not in the first bundle.
    expect(result.taskpane.gzipBytes - result.initial.gzipBytes).toBeGreaterThan(50 * 1024);
    expect(result.portal.all.gzipBytes - result.portal.initial.gzipBytes).toBeGreaterThan(50 * 1024);
  });

  test("development: Office.js from @microsoft/office-js, served by the add-in server", async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "addin-build-"));
    await buildAddin({ mode: "development", outDir });
    expect(readFileSync(path.join(outDir, "taskpane.html"), "utf8")).toContain(`<script src="${OFFICE_JS.development}"></script>`);
  });
});
