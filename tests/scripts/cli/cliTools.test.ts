import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The project's command-line tools as `npm run` starts them: compiled (dist/cli) through the launcher.
const root = path.resolve(__dirname, "../../..");
const { CLI_TOOLS } = require(path.join(root, "scripts", "cli", "cliTools.cjs")) as { CLI_TOOLS: Record<string, { entry: string }> };
const packageJson = require(path.join(root, "package.json")) as { scripts: Record<string, string> };
const run = promisify(execFile);
let dataDir: string;

beforeAll(async () => (dataDir = await mkdtemp(path.join(tmpdir(), "cli-tools-data-"))));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** The environment of a local run on `dataDir`, without a storage connection string. */
function localEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.AzureWebJobsStorage;
  delete env.STORAGE_CONNECTION_STRING;
  return env;
}

test("every compiled tool is the npm script of its name, through the launcher; npm install compiles them (postinstall)", () => {
  expect(Object.keys(CLI_TOOLS).sort()).toEqual(["audit:verify", "quote-parts", "token"]);
  for (const name of Object.keys(CLI_TOOLS)) expect(packageJson.scripts[name]).toBe(`node scripts/cli/run.cjs ${name}`);
  expect(packageJson.scripts.postinstall).toBe("node scripts/cli/buildCliTools.cjs");
});

test("npm run token: signs with the key pair of DATA_DIR's folder", async () => {
  const { stdout, stderr } = await run("npm", ["run", "--silent", "token", "--", "--role", "staff"], { cwd: root, env: localEnv() });
  expect(stderr).toBe("");
  expect(stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(existsSync(path.join(dataDir, "dev-keys.json"))).toBe(true);
});

test("npm run audit:verify: starts Azurite on DATA_DIR's data, with the helper file beside its source (scripts/)", async () => {
  const { stdout } = await run("npm", ["run", "--silent", "audit:verify"], { cwd: root, env: localEnv() });
  expect(stdout).toContain(`Azurite local (${path.join(dataDir, "azurite")})`);
  expect(stdout).toContain("Journal d'audit intact : 0 chaîne(s) vérifiée(s).");
}, 60_000);
