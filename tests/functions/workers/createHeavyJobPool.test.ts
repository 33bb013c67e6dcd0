import path from "node:path";
import { createHeavyJobPool, type HeavyJobPool } from "../../../functions/workers/createHeavyJobPool";
import { HeavyJobError } from "../../../functions/workers/heavyJobError";
import type { HeavyJobPoolOptions } from "../../../functions/workers/heavyJobPoolOptions";
import { heavyJobWorkerFile } from "../../../functions/workers/heavyJobWorkerFile";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { aTemplate, withManyCells, withManySheets } from "./support/costlyWorkbooks";

// Under jest: the worker entry is bundled from the sources into a cache (a worker thread does not
// go through jest's transform), then run by plain Node in the pool's threads.
const logs: string[] = [];
const pools: HeavyJobPool[] = [];
function pool(options: Partial<HeavyJobPoolOptions>): HeavyJobPool {
  const created = createHeavyJobPool({ workerFile: heavyJobWorkerFile, threads: 2, queue: 8, waitLimitMs: 60_000, timeLimitMs: 60_000, memoryLimitMb: 256, idleTimeoutMs: 1_000, log: (line) => logs.push(line), ...options });
  pools.push(created);
  return created;
}
afterAll(() => Promise.all(pools.map((created) => created.close())));

const read = (bytes: Buffer) => ({ kind: "readWorkbook" as const, bytes });
const smallTemplate = { kind: "renderTemplate" as const, blocks: { fibre: 1, interconnexion: 0, isole: 0 }, templateVersion: TEMPLATE_VERSION };

describe("the heavy job pool", () => {
  test("reads an uploaded workbook and renders the template, a run's export and the council's table in worker threads", async () => {
    const jobs = pool({});
    const template = await jobs.run({ kind: "renderTemplate", blocks: { fibre: 50, interconnexion: 50, isole: 50 }, templateVersion: TEMPLATE_VERSION });
    expect(Buffer.from(template).subarray(0, 2).toString("latin1")).toBe("PK");
    const reading = await jobs.run(read(Buffer.from(template)));
    expect(reading).toMatchObject({ ok: true, submission: undefined });
    const run = {
      year: 2025,
      run: { runId: "20250301T090000000Z-1a2b3c4d", cutoff: "2025-03-01", status: "calcule" as const, statusLabel: "calculé", fullYear: false },
      periodsLabel: "Mois",
      metropole: { id: "242100410", name: "Dijon Métropole" },
      items: [],
      totals: [],
      sums: { items: "0.00", communes: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", metropole: "0.00", acAdjustment: "0.00" },
    };
    const exported = await jobs.run({ kind: "renderRunXlsx", run, author: "Dijon Métropole" });
    expect(Buffer.from(exported).subarray(0, 2).toString("latin1")).toBe("PK");
    const totals = { communes: "0.00", invoiced: "0.00", acAdjustment: "0.00", metropole: "0.00", costItems: "0.00" };
    const table = {
      year: 2025,
      epci: { id: "242100410", name: "Dijon Métropole" },
      columns: { year: "Année 2025", followingYears: "Années 2026 et suivantes" },
      runs: { year: run.run, followingYears: { ...run.run, runId: "20250301T090000001Z-5e6f7a8b", fullYear: true } },
      members: [],
      metropole: { id: "242100410", name: "Dijon Métropole", year: "0.00", followingYears: "0.00" },
      totals: { year: totals, followingYears: totals },
      notes: [],
    };
    const deliberation = await jobs.run({ kind: "renderDeliberationXlsx", table, author: "Dijon Métropole" });
    expect(Buffer.from(deliberation).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("a job past its time limit is stopped and its worker replaced; the job beside it, in another thread, is not touched", async () => {
    const jobs = pool({ timeLimitMs: 1_000 });
    const slow = await withManySheets(1_900, 100);
    const usual = await aTemplate();
    const [stopped, beside] = await Promise.allSettled([jobs.run(read(slow)), jobs.run(read(usual))]);
    expect(stopped).toEqual({ status: "rejected", reason: new HeavyJobError("time", 1_000) });
    expect(beside).toMatchObject({ status: "fulfilled", value: { ok: true } });
    expect(await jobs.run(read(usual))).toMatchObject({ ok: true });
  });

  test("a worker past its heap limit is ended by V8: that job fails with the limit, the next one gets a new worker", async () => {
    const jobs = pool({ memoryLimitMb: 64, threads: 1 });
    await expect(jobs.run(read(await withManyCells(240_000)))).rejects.toEqual(new HeavyJobError("memory", 64));
    expect(Buffer.from(await jobs.run(smallTemplate)).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("beyond its threads and queue it refuses a job at once; the jobs it took all end", async () => {
    const jobs = pool({ threads: 1, queue: 1 });
    const taken = [jobs.run(smallTemplate), jobs.run(smallTemplate)];
    await expect(jobs.run(smallTemplate)).rejects.toEqual(new HeavyJobError("busy", 1));
    expect(await Promise.all(taken)).toHaveLength(2);
  });

  test("a job whose worker cannot start is refused after the wait limit, not left hanging", async () => {
    const jobs = pool({ workerFile: async () => path.join(__dirname, "support", "neverReadyWorker.js"), waitLimitMs: 200 });
    await expect(jobs.run(smallTemplate)).rejects.toEqual(new HeavyJobError("wait", 200));
  });
});
