import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startAddinServer, type AddinServer } from "../../scripts/startAddinServer";

const API = "http://127.0.0.1:7071";
const OFFICE_JS = "https://appsforoffice.microsoft.com";
const ENTRA = "https://login.microsoftonline.com";
let folder: string;
let server: AddinServer;
let base: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "addin-root-"));
  await writeFile(path.join(folder, "taskpane.html"), "<!doctype html><title>Volet</title>");
  await writeFile(path.join(folder, "taskpane.js"), "console.log(1);");
  server = await startAddinServer({ port: 0, apiUrl: API, root: folder });
  base = new URL(server.url).origin;
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

/** The CSP's directives: name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const REQUESTS: readonly [string, string, RequestInit][] = [
  ["the task pane", "/taskpane.html", {}],
  ["a script", "/taskpane.js", {}],
  ["Office.js served locally", "/office-js/office.js", {}],
  ["a missing file", "/nope.html", {}],
  ["a path out of the root", "/..%2f..%2fpackage.json", {}],
  ["a path out of Office.js's folder", "/office-js/..%2f..%2f..%2fpackage.json", {}],
  ["a method not allowed", "/taskpane.html", { method: "DELETE" }],
];

describe("the task pane's static server", () => {
  test.each(REQUESTS)("%s: security headers and the CSP on the answer, nothing outside the roots", async (_label, target, init) => {
    const response = await fetch(`${base}${target}`, init);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const csp = directives(response.headers.get("content-security-policy") ?? "");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    const text = await response.text();
    if (target.includes("..")) {
      expect(response.status).toBe(404);
      expect(text).not.toMatch(/"name"|dependencies/);
    }
  });

  test("the CSP runs no inline or evaluated script, allows no wildcard origin, and lets only Office hosts frame the pane", async () => {
    const csp = directives((await fetch(`${base}/taskpane.html`)).headers.get("content-security-policy") ?? "");
    const scripts = csp.get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).toContain(OFFICE_JS);
    expect(scripts).not.toEqual(expect.arrayContaining(["'unsafe-inline'"]));
    expect(scripts).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
    for (const [name, sources] of csp) {
      for (const source of sources) expect({ name, source, wildcard: /^(\*|https?:|data:|blob:)$/.test(source) && name !== "img-src" && name !== "font-src" }).toEqual({ name, source, wildcard: false });
    }
    for (const ancestor of csp.get("frame-ancestors") ?? []) expect(ancestor).toMatch(/^('self'|https:\/\/(\*\.)?([a-z0-9-]+\.)*(office\.com|officeapps\.live\.com|sharepoint\.com))$/);
    expect([...(csp.get("connect-src") ?? [])].some((source) => source === API || source === "'self'")).toBe(true);
  });

  // As the issue asks: Office.js's origin and the API only (plus Entra ID's sign-in), not every
  // *.office.com and *.officeapps.live.com host.
  test("scripts only from the pane and Office.js's origin; connections only to the pane, the API and Entra ID", async () => {
    const csp = directives((await fetch(`${base}/taskpane.html`)).headers.get("content-security-policy") ?? "");
    expect(new Set(csp.get("script-src"))).toEqual(new Set(["'self'", OFFICE_JS]));
    for (const source of csp.get("connect-src") ?? []) expect(["'self'", API, ENTRA]).toContain(source);
  });
});
