import type { Submission } from "../../../shared/inventory/submissionSchema";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { aCompleteSubmission } from "../../shared/checks/support/aCompleteSubmission";

const CHENOVE = "21166";
const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let commune: string;
let staff: string;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  commune = await api.token({ role: "commune", commune: CHENOVE });
  staff = await api.token({ role: "staff" });
});
afterAll(() => api.close());

const chenove = (): Submission => ({ ...aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1 } }), commune: { insee: CHENOVE, name: "Chenôve" } });
const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });

async function submitAndValidate(): Promise<void> {
  const submitted = await api.call(`communes/${CHENOVE}/submissions`, { ...post(chenove()), token: commune });
  const path = submitted.headers.get("location")!.replace("/api/", "");
  const etag = (await api.call(path, { token: staff })).headers.get("etag")!;
  const decided = await api.call(`${path}/decision`, { ...post({ decision: "validate", effectiveFrom: "2025-04-01" }, { "If-Match": etag }), token: staff });
  expect(decided.status).toBe(200);
}

describe("drafts, prefill, audit trail and erasure", () => {
  test("a draft is saved (last write wins) and read back", async () => {
    const draft = chenove();
    const saves = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        api.call(`communes/${CHENOVE}/draft`, { method: "PUT", body: JSON.stringify({ ...draft, inventory: { ...draft.inventory, templateVersion: `v${n}` } }), headers: { "Content-Type": "application/json" }, token: commune }),
      ),
    );
    expect(saves.map((save) => save.status)).toEqual([200, 200, 200, 200, 200]);
    const read = await api.call(`communes/${CHENOVE}/draft`, { token: commune });
    const body = (await read.json()) as { submission: Submission };
    expect(body.submission.inventory.templateVersion).toMatch(/^v[1-5]$/);
    expect({ ...body.submission, inventory: { ...body.submission.inventory, templateVersion: "x" } }).toEqual({ ...draft, inventory: { ...draft.inventory, templateVersion: "x" } });
  });

  test("prefill is 404 before any validation, then the last validated inventory without its date", async () => {
    expect((await api.call(`communes/${CHENOVE}/prefill`, { token: commune })).status).toBe(404);
    await submitAndValidate();
    const prefill = (await (await api.call(`communes/${CHENOVE}/prefill`, { token: commune })).json()) as { submission: Submission; fromVersion: number };
    expect(prefill.submission.inventory.etatDesLieux).toBeNull();
    expect(prefill.submission.inventory.answers).toEqual(chenove().inventory.answers);
  });

  test("every change is in the audit trail, the chain verifies, and tampering in storage is detected", async () => {
    const trail = (await (await api.call(`audit?chain=${CHENOVE}`, { token: staff })).json()) as { entries: { action: string; seq: number; actor: string }[] };
    expect(trail.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(["submission.create", "submission.validate"]));
    expect(trail.entries.map((entry) => entry.seq)).toEqual(trail.entries.map((_, index) => index + 1));
    const verified = (await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean };
    expect(verified.ok).toBe(true);
    const table = api.services.store.table("dossiers");
    const first = await table.getEntity(CHENOVE, "a-000000000001");
    await table.updateEntity({ partitionKey: CHENOVE, rowKey: "a-000000000001", actor: "intrus" }, "Merge");
    const tampered = (await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean; chains: { chain: string; ok: boolean; seq?: number }[] };
    expect(tampered.ok).toBe(false);
    expect(tampered.chains.find((chain) => chain.chain === CHENOVE)).toMatchObject({ ok: false, seq: 1 });
    await table.updateEntity({ partitionKey: CHENOVE, rowKey: "a-000000000001", actor: first.actor }, "Merge");
    expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
  });

  test("the audit trail has no route to alter or delete it, and communes cannot read it", async () => {
    expect((await api.call(`audit?chain=${CHENOVE}`, { method: "DELETE", token: staff })).status).toBe(405);
    expect((await api.call(`audit?chain=${CHENOVE}`, { token: commune })).status).toBe(403);
  });

  test("deleting the last audit entry in storage is detected (the head no longer matches)", async () => {
    const table = api.services.store.table("dossiers");
    const { readAuditChain } = await import("../../../functions/storage/audit/readAudit");
    const entries = await readAuditChain(api.services.store, CHENOVE);
    const last = await table.getEntity(CHENOVE, `a-${String(entries.length).padStart(12, "0")}`);
    await table.deleteEntity(CHENOVE, String(last.rowKey));
    const verified = (await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean };
    expect(verified.ok).toBe(false);
    const { etag: _etag, timestamp: _timestamp, ...restored } = last as Record<string, unknown>;
    await table.createEntity(restored as { partitionKey: string; rowKey: string });
    expect(((await (await api.call("audit/verification", { token: staff })).json()) as { ok: boolean }).ok).toBe(true);
  });

  test("concurrent audit appends never fork the chain", async () => {
    const { appendAudit } = await import("../../../functions/storage/audit/appendAudit");
    const { readAuditChain, readAuditHead } = await import("../../../functions/storage/audit/readAudit");
    const { verifyAuditChain } = await import("../../../functions/storage/audit/verifyAuditChain");
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => appendAudit(api.services.store, { chain: "metropole", at: new Date().toISOString(), actor: "test", action: "test.append", target: `t${n}` })),
    );
    const entries = await readAuditChain(api.services.store, "metropole");
    expect(entries).toHaveLength(20);
    expect(verifyAuditChain(entries, await readAuditHead(api.services.store, "metropole"))).toEqual({ ok: true, length: 20 });
  });

  test("erasure is refused while the commune adheres, then destroys its data and is itself audited", async () => {
    const message = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;
    const early = await api.call(`communes/${CHENOVE}/erasure`, { ...post({ confirm: CHENOVE, reason: "Courrier du 1er mars" }), token: staff });
    expect(early.status).toBe(409);
    expect(await message(early)).toMatch(/^Effacement impossible : Chenôve adhère encore \(.+\)\. Enregistrez d'abord son retrait\.$/);
    const withdrawn = await api.call(`communes/${CHENOVE}/events`, { ...post({ type: "retrait", date: "2025-07-01" }), token: staff });
    expect(withdrawn.status).toBe(201);
    const beforeItsDate = await api.call(`communes/${CHENOVE}/erasure`, { ...post({ confirm: CHENOVE, reason: "Courrier" }), token: staff });
    expect(beforeItsDate.status).toBe(409);
    expect(await message(beforeItsDate)).toMatch(/^Effacement impossible avant le 01\/07\/2025 : Chenôve adhère encore \(.+\) jusqu'à cette date, où prend effet son retrait\.$/);
    clock.set("2025-07-01T09:00:00Z");
    const wrongConfirm = await api.call(`communes/${CHENOVE}/erasure`, { ...post({ confirm: "21231", reason: "x" }), token: staff });
    expect(wrongConfirm.status).toBe(409);
    // 2025, a year Chenôve took part in, has no published quote-parts: erasing must be acknowledged.
    const unbilled = await api.call(`communes/${CHENOVE}/erasure`, { ...post({ confirm: CHENOVE, reason: "Courrier du 1er mars" }), token: staff });
    expect(unbilled.status).toBe(409);
    expect(await message(unbilled)).toMatch(/^Effacement à confirmer : Chenôve a adhéré en 2025, année dont les quotes-parts ne sont pas publiées\. .*« acknowledgeUnpublishedYears » à true\.$/);
    expect((await (await api.call(`communes/${CHENOVE}`, { token: staff })).json()) as { versions: unknown[] }).toMatchObject({ versions: [expect.anything()] });
    const erased = await api.call(`communes/${CHENOVE}/erasure`, { ...post({ confirm: CHENOVE, reason: "Courrier du 1er mars", acknowledgeUnpublishedYears: true }), token: staff });
    expect(erased.status).toBe(200);
    expect(((await erased.json()) as { message: string }).message).toBe("Données de Chenôve effacées. Un calcul non publié fait avant cet effacement ne peut plus être publié : recalculez l'année concernée.");
    const state = (await (await api.call(`communes/${CHENOVE}`, { token: staff })).json()) as { status: string; versions: unknown[]; history: unknown[] };
    expect(state).toMatchObject({ status: "aucun", versions: [], history: [] });
    expect((await api.call(`communes/${CHENOVE}/draft`, { token: staff })).status).toBe(404);
    const trail = (await (await api.call(`audit?chain=${CHENOVE}`, { token: staff })).json()) as { entries: { action: string }[] };
    expect(trail.entries.at(-1)?.action).toBe("commune.erase");
    // A second request finds nothing left to erase, and says so.
    const again = await api.call(`communes/${CHENOVE}/erasure`, { ...post({ confirm: CHENOVE, reason: "Relance" }), token: staff });
    expect(await again.json()).toMatchObject({ message: "Rien à effacer : aucune donnée de Chenôve n'était enregistrée." });
  });
});
