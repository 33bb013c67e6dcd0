import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../functions/auth/authConfig";
import { generateDevKeys, type DevKeys } from "../../functions/auth/devKeys";

// `npm run token` (scripts/token.ts) signs with the key pair of `npm start` in the same data folder:
// with DATA_DIR set, the one in $DATA_DIR/dev-keys.json (else the API refuses the token, 401).
const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const folders: string[] = [];

afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A fresh temporary data folder. */
function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "token-data-"));
  folders.push(folder);
  return folder;
}

/** Runs the CLI as a user would, with DATA_DIR set to `dataDir`. */
function token(dataDir: string, ...args: string[]) {
  const { status, stdout, stderr } = spawnSync(tsx, ["scripts/token.ts", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, DATA_DIR: dataDir } });
  return { status, stdout, stderr };
}

/** Verifies `jwt`'s signature, issuer and audience against the public key of `keys`; returns its claims. */
async function verifiedWith(keys: DevKeys, jwt: string) {
  const { payload } = await jwtVerify(jwt, await importJWK(keys.publicJwk, "RS256"), { issuer: DEV_ISSUER, audience: DEV_AUDIENCE });
  return payload;
}

test("with DATA_DIR set, signs with the key pair already stored in that folder", async () => {
  const dataDir = dataFolder();
  const keys = await generateDevKeys();
  writeFileSync(path.join(dataDir, "dev-keys.json"), JSON.stringify(keys));
  const { status, stdout, stderr } = token(dataDir, "--role", "commune", "--commune", "21231");
  expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
  const jwt = stdout.trim();
  expect(decodeProtectedHeader(jwt).kid).toBe(keys.publicJwk.kid);
  expect(await verifiedWith(keys, jwt)).toMatchObject({ roles: ["commune"], commune: "21231", sub: "commune-21231" });
});

test("with DATA_DIR set and no key pair yet, creates it in that folder and signs with it", async () => {
  const dataDir = dataFolder();
  const { status, stdout } = token(dataDir, "--role", "staff");
  expect(status).toBe(0);
  const stored = JSON.parse(readFileSync(path.join(dataDir, "dev-keys.json"), "utf8")) as DevKeys;
  expect(await verifiedWith(stored, stdout.trim())).toMatchObject({ roles: ["staff"] });
});

test("a token signed by another key pair does not verify against the folder's key (the check above is meaningful)", async () => {
  const dataDir = dataFolder();
  const { stdout } = token(dataDir, "--role", "finance");
  await expect(verifiedWith(await generateDevKeys(), stdout.trim())).rejects.toThrow();
});

test("--expires is capped at 12 h: beyond, a French message naming --expires and exit code 2, no token", () => {
  const dataDir = dataFolder();
  for (const expires of ["999999h", "13h", "721m", "0s", "1d"]) {
    const { status, stdout, stderr } = token(dataDir, "--role", "staff", "--expires", expires);
    expect({ expires, status, stdout }).toEqual({ expires, status: 2, stdout: "" });
    expect(stderr).toMatch(/^--expires : durée de validité attendue entre 1 s et 12 h/);
  }
  const { status, stdout } = token(dataDir, "--role", "staff", "--expires", "12h");
  expect(status).toBe(0);
  const { exp, iat } = decodeJwt(stdout.trim());
  expect((exp ?? 0) - (iat ?? 0)).toBe(12 * 3600);
});
