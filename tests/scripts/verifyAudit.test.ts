import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// `npm run audit:verify` without a storage connection string opens the Azurite data of `npm start`:
// with DATA_DIR set, the one in $DATA_DIR/azurite.
const root = path.resolve(__dirname, "../..");
let dataDir: string;

beforeAll(async () => (dataDir = await mkdtemp(path.join(tmpdir(), "verify-audit-data-"))));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

test("with DATA_DIR set and no connection string, verifies the Azurite data in that folder", async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.AzureWebJobsStorage;
  delete env.STORAGE_CONNECTION_STRING;
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/verifyAudit.ts"], { cwd: root, env });
  expect(stdout).toContain(`Azurite local (${path.join(dataDir, "azurite")})`);
  expect(stdout).toContain("Journal d'audit intact : 0 chaîne(s) vérifiée(s).");
  expect(existsSync(path.join(dataDir, "azurite"))).toBe(true);
}, 60_000);
