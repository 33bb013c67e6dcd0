import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { generateDevKeys } from "../functions/auth/devKeys";
import { findEpci } from "../functions/communes/epciMembers";
import { signDevToken } from "../functions/auth/signDevToken";
import { todayInParis } from "../shared/calendar/todayInParis";
import { createStore, ensureStore } from "../functions/storage/store";
import { buildFunctions } from "../scripts/buildFunctions";
import { processCpuMs } from "./support/processCpuMs";
import { storageFloor } from "./support/storageFloor";
import { startApiProcess } from "./support/startApiProcess";
import { demoSubmission } from "../scripts/demo/demoSubmission";
import { startAzurite, type RunningAzurite } from "../scripts/startAzurite";

// Submission latency and throughput on loopback at 1, 8 and 32 concurrent clients (autocannon),
// against the local host and an in-memory Azurite, with a raw Azurite table insert measured in the
// same run as the reference; plus the cold import time of the bundled functions entry point.
// Each request comes from a commune with no other submission in flight (as many communes as clients),
// as in a real campaign: communes submit concurrently, each its own dossier. The EPCI is CA Beaune, Côte et
// Sud (53 communes) so that 32 clients are 32 different communes.
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const EPCI = "200006682";

async function main(): Promise<void> {
  const keys = await generateDevKeys();
  const today = todayInParis(new Date());
  const communes = (findEpci(EPCI)?.members ?? []).slice(0, 32);
  const clients = await Promise.all(
    communes.map(async (commune) => {
      const submission = demoSubmission({ ...commune, population: 20_000, sets: ["A", "B", "C"], domains: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16] }, today);
      return {
        submission,
        path: `/api/communes/${commune.insee}/submissions`,
        body: JSON.stringify(submission),
        authorization: `Bearer ${await signDevToken(keys, { role: "commune", commune: commune.insee })}`,
      };
    }),
  );

  for (const connections of [1, 8, 32]) {
    const raw = await withFreshAzurite(async (azurite) => {
      const cpu = cpuMeter([process.pid, azurite.pid]);
      const figures = await rawInsertReference(azurite.connectionString, connections);
      return { ...figures, cpu: cpu.perOperation(figures.perSecond * DURATION_S) };
    });
    console.log(
      `${String(connections).padStart(2)} clients, insertion brute Azurite (référence) : p50 ${raw.p50.toFixed(1)} ms, p99 ${raw.p99.toFixed(1)} ms, ${raw.perSecond.toFixed(0)} insertions/s`,
    );
    console.log(`   CPU par insertion : client ${raw.cpu[0]?.toFixed(2)} ms, Azurite ${raw.cpu[1]?.toFixed(2)} ms`);
    const floor = await withFreshAzurite(async (azurite) => {
      const cpu = cpuMeter([process.pid, azurite.pid]);
      const figures = await storageFloor(azurite.connectionString, connections, DURATION_S, clients.map((client) => client.submission));
      return { ...figures, cpu: cpu.perOperation(figures.operations) };
    });
    console.log(
      `${String(connections).padStart(2)} clients, écritures d'un dépôt seules (blob + transaction, sans HTTP ni contrôles) : p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms, ${floor.perSecond.toFixed(0)}/s`,
    );
    console.log(`   CPU par dépôt : client ${floor.cpu[0]?.toFixed(2)} ms, Azurite ${floor.cpu[1]?.toFixed(2)} ms`);
    const { result, cpu } = await withFreshAzurite(async (azurite) => {
      const api = await startApiProcess({ AzureWebJobsStorage: azurite.connectionString, STORAGE_PREFIX: "bench", EPCI_SIREN: EPCI, BENCH_PUBLIC_JWK: JSON.stringify(keys.publicJwk) });
      try {
        const meter = cpuMeter([api.pid, azurite.pid]);
        const answered = await submissionLoad(api.url, connections, clients);
        return { result: answered, cpu: meter.perOperation(answered.requests.total) };
      } finally {
        await api.stop();
      }
    });
    console.log(
      `${String(connections).padStart(2)} clients : p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result.requests.average.toFixed(0)} dépôts/s, ${result["2xx"]} réussis, ${result.non2xx} refusés, ${result.errors} erreurs`,
    );
    console.log(`   CPU par dépôt : API ${cpu[0]?.toFixed(2)} ms, Azurite ${cpu[1]?.toFixed(2)} ms`);
    console.log(`   dépôt / insertion brute : p50 ${(result.latency.p50 / raw.p50).toFixed(1)}×, débit ${(raw.perSecond / result.requests.average).toFixed(1)}×`);
    console.log(`   dépôt / écritures seules : p50 ${(result.latency.p50 / floor.p50).toFixed(1)}×, débit ${(floor.perSecond / result.requests.average).toFixed(1)}×`);
    if (connections === 32) console.log(`   p99 à 32 clients < 150 ms : ${result.latency.p99 < 150 ? "oui" : "NON"}`);
  }
  console.log(`Import à froid de dist/functions/index.js : ${await coldImportMs()} ms (médiane de 5 processus neufs)`);
}

/**
 * Runs one measurement on an Azurite of its own: Azurite's in-memory store finds a blob or an
 * entity by scanning (its cost grows with what earlier measurements wrote), so none inherits another's data.
 */
async function withFreshAzurite<T>(measure: (azurite: RunningAzurite) => Promise<T>): Promise<T> {
  const azurite = await startAzurite();
  try {
    return await measure(azurite);
  } finally {
    await azurite.stop();
  }
}

interface Client {
  readonly path: string;
  readonly body: string;
  readonly authorization: string;
}

/**
 * autocannon posting submissions for DURATION_S. A commune never has two submissions in flight (as
 * in a campaign: one DGS, one submission at a time): each request takes a free commune of the pool
 * and gives it back when answered.
 */
function submissionLoad(url: string, connections: number, clients: readonly Client[]): Promise<autocannon.Result> {
  const free = clients.slice(0, connections);
  return autocannon({
    url,
    connections,
    duration: DURATION_S,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          // (A request that failed without an answer loses its commune: the first one stands in.)
          const client = free.shift() ?? (clients[0] as Client);
          (context as Record<string, unknown>).client = client;
          return { ...request, path: client.path, body: client.body, headers: { ...request.headers, "content-type": "application/json", authorization: client.authorization } };
        },
        onResponse: (_status, _body, context) => {
          free.push((context as Record<string, unknown>).client as Client);
        },
      },
    ],
  });
}

/** Raw Azurite table inserts (one entity of the size of a version row) by `clients` concurrent loops, for DURATION_S seconds. */
async function rawInsertReference(connectionString: string, clients: number): Promise<{ p50: number; p99: number; perSecond: number }> {
  const store = createStore(connectionString, `benchraw${clients}`);
  await ensureStore(store);
  const table = store.table("dossiers");
  const timings: number[] = [];
  const payload = "x".repeat(1_000);
  const end = performance.now() + DURATION_S * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end) {
        const start = performance.now();
        await table.createEntity({ partitionKey: `p${client}`, rowKey: `v${String(next++).padStart(8, "0")}`, payload, status: "deposee" });
        timings.push(performance.now() - start);
      }
    }),
  );
  timings.sort((a, b) => a - b);
  return { p50: timings[Math.floor(timings.length * 0.5)] ?? 0, p99: timings[Math.floor(timings.length * 0.99)] ?? 0, perSecond: timings.length / DURATION_S };
}

/** CPU time of processes from now on, shared out per operation. */
function cpuMeter(pids: readonly number[]): { perOperation(operations: number): number[] } {
  const start = pids.map(processCpuMs);
  return { perOperation: (operations) => pids.map((pid, index) => (processCpuMs(pid) - (start[index] ?? 0)) / Math.max(1, operations)) };
}

async function coldImportMs(): Promise<number> {
  const entry = await buildFunctions(path.resolve(__dirname, "..", "dist", "functions"));
  const samples: number[] = [];
  for (let n = 0; n < 5; n += 1) {
    const output = execFileSync(process.execPath, ["-e", `const t=process.hrtime.bigint();require(${JSON.stringify(entry)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`], {
      env: { ...process.env, AzureWebJobsStorage: "UseDevelopmentStorage=true" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    samples.push(Number(output.toString()));
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[2] ?? 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
