import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { appendAudit } from "../../functions/storage/audit/appendAudit";
import { verifyAllChains } from "../../scripts/verifyAudit";
import { adjustableClock } from "../support/adjustableClock";
import { submissionOf, submitAndValidate } from "../functions/finance/support/financeApi";
import { startTestApi, type TestApi } from "../support/startTestApi";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..", "..");
const QUETIGNY = "21515";
const FONTAINE = "21278";
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: adjustableClock("2025-03-01T09:00:00Z").now });
  await submitAndValidate(api, submissionOf(QUETIGNY, "Quetigny", ["B"], [], 1), "2025-05-01");
  await submitAndValidate(api, submissionOf(FONTAINE, "Fontaine-lès-Dijon", ["B"], [], 1), "2025-05-01");
  for (let n = 0; n < 3; n += 1) await appendAudit(api.services.store, { chain: "metropole", at: `2025-03-01T10:0${n}:00Z`, actor: "finance:test", action: "test.append", target: `t${n}` });
});
afterAll(() => api.close());

/** Runs `npm run audit:verify`'s script against the test's tables: exit code and output. */
async function verifyCommand(connectionString = process.env.TEST_STORAGE_CONNECTION_STRING as string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/verifyAudit.ts"], {
      cwd: ROOT,
      env: { ...process.env, AzureWebJobsStorage: connectionString, STORAGE_PREFIX: api.prefix },
      timeout: 60_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, output: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

const table = () => api.services.store.table("dossiers");
const row = (seq: number) => `a-${String(seq).padStart(12, "0")}`;
type Entity = { partitionKey: string; rowKey: string } & Record<string, unknown>;
const withoutMeta = ({ etag: _etag, timestamp: _timestamp, ...rest }: Record<string, unknown>) => rest as Entity;

/** Applies a tampering in storage, checks what `check` expects, then restores the rows as they were. */
async function tampered(rows: readonly [string, string][], tamper: () => Promise<void>, check: () => Promise<void>): Promise<void> {
  const saved = await Promise.all(rows.map(async ([partition, rowKey]) => withoutMeta(await table().getEntity(partition, rowKey))));
  await tamper();
  try {
    await check();
  } finally {
    for (const entity of saved) await table().upsertEntity(entity, "Replace");
  }
}

const verdictOf = async (chain: string) => (await verifyAllChains(api.services.store)).find((report) => report.chain === chain);
const routeVerdict = async () => {
  const staff = await api.token({ role: "staff" });
  const response = await api.call("audit/verification", { token: staff });
  return { status: response.status, body: (await response.json()) as { ok: boolean; chains: { chain: string; ok: boolean; seq?: number }[] } };
};

describe("npm run audit:verify checks every chain in storage, without the API", () => {
  test("an intact trail: exit 0 and one line per chain", async () => {
    const { code, output } = await verifyCommand();
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`✓ ${QUETIGNY} : 2 entrée\\(s\\), chaîne intacte`));
    expect(output).toMatch(/✓ metropole : 3 entrée\(s\)/);
    expect(output).toMatch(/Journal d'audit intact : 3 chaîne\(s\) vérifiée\(s\)\./);
  }, 60_000);

  test("an entry altered in storage: exit 1 naming the chain and the entry; the API's verification route sees it too", async () => {
    await tampered(
      [[QUETIGNY, row(1)]],
      () => table().updateEntity({ partitionKey: QUETIGNY, rowKey: row(1), actor: "intrus" }, "Merge").then(() => undefined),
      async () => {
        const { code, output } = await verifyCommand();
        expect(code).toBe(1);
        expect(output).toMatch(new RegExp(`✗ ${QUETIGNY} : entrée 1 — contenu modifié`));
        expect(output).toMatch(/ALTÉRATION DÉTECTÉE : 1 chaîne\(s\) sur 3/);
        expect((await routeVerdict()).body.chains.find((chain) => chain.chain === QUETIGNY)).toMatchObject({ ok: false, seq: 1 });
      },
    );
    expect((await verifyCommand()).code).toBe(0);
  }, 60_000);

  test.each([
    ["an entry deleted in the middle", "metropole", 2, "entrée manquante ou déplacée", (chain: string) => table().deleteEntity(chain, row(2))],
    ["the last entry deleted", "metropole", 3, "fin de chaîne supprimée", (chain: string) => table().deleteEntity(chain, row(3))],
    ["a link rewritten", FONTAINE, 2, "chaînage rompu", (chain: string) => table().updateEntity({ partitionKey: chain, rowKey: row(2), prevHash: "0".repeat(64) }, "Merge")],
    ["a date moved", FONTAINE, 1, "contenu modifié", (chain: string) => table().updateEntity({ partitionKey: chain, rowKey: row(1), at: "2024-01-01T00:00:00Z" }, "Merge")],
    ["details made unreadable", FONTAINE, 1, "détails illisibles", (chain: string) => table().updateEntity({ partitionKey: chain, rowKey: row(1), details: "{pas du JSON" }, "Merge")],
    ["the chain's head deleted", FONTAINE, 0, "tête de chaîne supprimée", (chain: string) => table().deleteEntity(chain, "head")],
  ] as const)("%s is detected", async (_label, chain, seq, reason, tamper) => {
    const rows: [string, string][] = chain === "metropole" ? [[chain, row(2)], [chain, row(3)]] : [[chain, row(1)], [chain, row(2)], [chain, "head"]];
    await tampered(rows, () => tamper(chain).then(() => undefined), async () => {
      expect(await verdictOf(chain)).toEqual({ chain, ok: false, seq, reason: expect.stringContaining(reason) });
    });
    expect(await verdictOf(chain)).toMatchObject({ chain, ok: true });
  });

  // An entry whose details are no longer JSON used to make GET /api/audit/verification answer 500:
  // the converter now keeps such details as their text, and the hash is recomputed over that text.
  test("the verification route reports unreadable details as tampering (200, ok: false)", async () => {
    await tampered(
      [[FONTAINE, row(1)]],
      () => table().updateEntity({ partitionKey: FONTAINE, rowKey: row(1), details: "{pas du JSON" }, "Merge").then(() => undefined),
      async () => {
        const verdict = await routeVerdict();
        expect(verdict.status).toBe(200);
        expect(verdict.body.chains.find((chain) => chain.chain === FONTAINE)).toMatchObject({ ok: false, seq: 1 });
      },
    );
  });

  test("storage unreachable: exit 2 with a French message", async () => {
    const closed = (process.env.TEST_STORAGE_CONNECTION_STRING as string).replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:9");
    const { code, output } = await verifyCommand(closed);
    expect(code).toBe(2);
    expect(output).toMatch(/Vérification impossible : stockage injoignable/);
  }, 60_000);
});
