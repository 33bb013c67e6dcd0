import { odata } from "@azure/data-tables";
import { DOSSIER_ROWS } from "../../../functions/storage/dossier/dossierRows";
import { eraseCommuneData } from "../../../functions/storage/erasure/eraseCommuneData";
import { METROPOLE_DOSSIER } from "../../../functions/storage/finance/metropoleDossier";
import { TABLE_NAMES } from "../../../functions/storage/store";
import { adjustableClock } from "../../support/adjustableClock";
import { startTestApi, type TestApi } from "../../support/startTestApi";
import { computeRun, COST_ITEMS_2025, putCostItems, submissionOf, submitAndValidate, tokensFor, publishRunAcknowledged } from "./support/financeApi";

interface Entry {
  seq: number;
  action: string;
  target: string;
  from?: string;
  to?: string;
}

const clock = adjustableClock("2025-03-01T09:00:00Z");
let api: TestApi;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
  tokens = await tokensFor(api);
  await submitAndValidate(api, submissionOf("21231", "Dijon", ["B"]), "2025-01-01");
  expect((await putCostItems(api, tokens.finance, 2025, COST_ITEMS_2025)).response.status).toBe(201);
});
afterAll(() => api.close());

const metropoleTrail = async () => ((await (await api.call("audit?chain=metropole", { token: tokens.staff })).json()) as { entries: Entry[] }).entries;
const verification = async () => (await (await api.call("audit/verification", { token: tokens.staff })).json()) as { ok: boolean };
const publish = (year: number, runId: string, etag: string) => publishRunAcknowledged(api, tokens.finance, year, runId, etag);
const metropoleRowKeys = async () => {
  const keys: string[] = [];
  const rows = api.services.store.table("dossiers").listEntities({ queryOptions: { filter: odata`PartitionKey eq ${METROPOLE_DOSSIER}`, select: ["rowKey"] } });
  for await (const row of rows) keys.push(String(row.rowKey));
  return keys;
};

describe("finance changes and their audit entries", () => {
  test("a run computation and its publication each leave exactly one entry in the metropole chain, and the trail verifies", async () => {
    const before = await metropoleTrail();
    const run = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    expect(run.response.status).toBe(201);
    const computed = await metropoleTrail();
    expect(computed.slice(before.length)).toEqual([expect.objectContaining({ seq: before.length + 1, action: "run.compute", target: `run:2025:${run.body.runId}`, to: "calcule" })]);
    const answer = await publish(2025, run.body.runId, run.etag!);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("etag")).toBe((await api.call(`years/2025/runs/${run.body.runId}`, { token: tokens.finance })).headers.get("etag"));
    const published = await metropoleTrail();
    expect(published.slice(computed.length)).toEqual([
      expect.objectContaining({ seq: computed.length + 1, action: "run.publish", target: `run:2025:${run.body.runId}`, from: "calcule", to: "publie" }),
    ]);
    expect(await verification()).toMatchObject({ ok: true });
  });

  test("a refused change leaves no entry: stale cost items (412), a second publication of the year (409)", async () => {
    const first = await putCostItems(api, tokens.finance, 2026, COST_ITEMS_2025);
    const replaced = await putCostItems(api, tokens.finance, 2026, COST_ITEMS_2025, { "If-Match": first.response.headers.get("etag")! });
    expect(replaced.response.headers.get("etag")).toBe((await api.call("years/2026/cost-items", { token: tokens.finance })).headers.get("etag"));
    const before = await metropoleTrail();
    expect((await putCostItems(api, tokens.finance, 2026, COST_ITEMS_2025, { "If-Match": first.response.headers.get("etag")! })).response.status).toBe(412);
    const other = await computeRun(api, tokens.finance, 2025, "2025-03-01");
    expect((await publish(2025, other.body.runId, other.etag!)).status).toBe(409);
    expect((await metropoleTrail()).map((entry) => entry.action)).toEqual([...before.map((entry) => entry.action), "run.compute"]);
    expect(await verification()).toMatchObject({ ok: true });
  });

  test("a departed commune whose every year is published is erased without further confirmation", async () => {
    // Dijon: B from 1 January 2025 (2025 published above), withdrawn from 1 January 2026.
    expect((await api.call("communes/21231/events", { method: "POST", body: JSON.stringify({ type: "retrait", date: "2026-01-01" }), headers: { "Content-Type": "application/json" }, token: tokens.staff })).status).toBe(201);
    clock.set("2026-01-02T09:00:00Z");
    try {
      const erased = await api.call("communes/21231/erasure", { method: "POST", body: JSON.stringify({ confirm: "21231", reason: "Courrier" }), headers: { "Content-Type": "application/json" }, token: tokens.staff });
      expect(erased.status).toBe(200);
    } finally {
      clock.set("2025-03-01T09:00:00Z");
    }
  });

  test("a commit that fails writes neither the run nor its audit entry", async () => {
    const table = api.services.store.table("dossiers");
    const runsBefore = ((await (await api.call("years/2025/runs", { token: tokens.finance })).json()) as { runs: unknown[] }).runs.length;
    const before = await metropoleTrail();
    // An entry already at the next position makes the transaction fail after the run's row was staged.
    const squatter = { partitionKey: METROPOLE_DOSSIER, rowKey: DOSSIER_ROWS.audit(before.length + 1) };
    await table.createEntity(squatter);
    expect((await computeRun(api, tokens.finance, 2025, "2025-03-01")).response.status).toBe(500);
    await table.deleteEntity(squatter.partitionKey, squatter.rowKey);
    expect(((await (await api.call("years/2025/runs", { token: tokens.finance })).json()) as { runs: unknown[] }).runs).toHaveLength(runsBefore);
    expect(await metropoleTrail()).toEqual(before);
    expect(await verification()).toMatchObject({ ok: true });
  });

  test("the finance rows (and erasure markers) live in the Métropole's dossier, each kind in its own key range; the old tables are gone", async () => {
    const keys = await metropoleRowKeys();
    const kinds = new Set(keys.map((key) => (key === DOSSIER_ROWS.head ? "head" : key.slice(0, 2))));
    expect([...kinds].sort()).toEqual(["a-", "c-", "d-", "head", "p-", "r-", "x-"]);
    expect(keys).toEqual(expect.arrayContaining([DOSSIER_ROWS.costItems(2025), DOSSIER_ROWS.costItems(2026), DOSSIER_ROWS.published(2025)]));
    expect(TABLE_NAMES).toEqual(["dossiers", "drafts", "idempotency"]);
  });

  test("erasure only ever touches a commune's dossier: the Métropole's is refused and left whole", async () => {
    const keys = await metropoleRowKeys();
    await expect(eraseCommuneData(api.services.store, METROPOLE_DOSSIER)).rejects.toThrow(/INSEE/);
    await eraseCommuneData(api.services.store, "21231");
    expect(await metropoleRowKeys()).toEqual(keys);
    expect((await api.call("years/2025/cost-items", { token: tokens.finance })).status).toBe(200);
    expect(await verification()).toMatchObject({ ok: true });
  });
});
