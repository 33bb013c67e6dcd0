import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

/** Every test file under tests/, relative to the project root. */
function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return /\.test\.tsx?$/.test(entry.name) ? [path.relative(root, file)] : [];
  });
}

/** The test files jest itself selects for one project (its own matching, not a copy of it). */
function projectFiles(project: string): string[] {
  const jest = require.resolve("jest/bin/jest");
  const listed = execFileSync(process.execPath, [jest, "--listTests", "--json", "--selectProjects", project], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return (JSON.parse(listed) as string[]).map((file) => path.relative(root, file));
}

// `npm test -- --selectProjects unit` must run every pure test and `npm test` every test once.
test("every test file belongs to exactly one jest project, unit or integration", () => {
  const unit = projectFiles("unit");
  const integration = projectFiles("integration");
  const all = testFiles(path.join(root, "tests")).sort();
  expect(unit.filter((file) => integration.includes(file))).toEqual([]);
  expect([...unit, ...integration].sort()).toEqual(all);
  expect(unit).toContain(path.join("tests", "shared", "quoteParts", "computeQuoteParts.test.ts"));
  expect(integration).toContain(path.join("tests", "addin", "browser", "commune.test.ts"));
}, 60000);

/** What a test file names when it needs the integration project: storage, servers, a browser, LibreOffice, processes or threads. */
const NEEDS_INTEGRATION = /node:child_process|node:worker_threads|node:http\b|TEST_STORAGE_CONNECTION_STRING|startTestApi|startProxiedApi|startAzurite|startAddinServer|startBrowserHarness|playwright-core|libreOffice|buildAddin|esbuild|piscina/;

// A guard on the files themselves (not on what their helpers do): a new test that starts something lands in integration.
test("no unit test file starts Azurite, a server, a browser, LibreOffice, a process or a thread", () => {
  const offending = projectFiles("unit").filter((file) => NEEDS_INTEGRATION.test(readFileSync(path.join(root, file), "utf8")));
  expect(offending).toEqual([]);
}, 60000);
