import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { generateDevKeys } from "../functions/auth/devKeys";
import { signDevToken } from "../functions/auth/signDevToken";
import { createLocalHost } from "../functions/localHost/createLocalHost";
import { ROUTES } from "../functions/routes/routeTable";
import { configFromEnv } from "../functions/services/configFromEnv";
import { createServices } from "../functions/services/createServices";
import { todayInParis } from "../functions/services/todayInParis";
import { createStore, ensureStore } from "../functions/storage/store";
import { buildFunctions } from "../scripts/buildFunctions";
import { demoSubmission } from "../scripts/demo/demoSubmission";
import { startAzurite } from "../scripts/startAzurite";

// Submission latency and throughput on loopback at 1, 8 and 32 concurrent clients (autocannon),
// against the local host and an in-memory Azurite, with a raw Azurite table insert measured in the
// same run as the reference; plus the cold import time of the bundled functions entry point.
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);

async function main(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const keys = await generateDevKeys();
    const config = configFromEnv({ AzureWebJobsStorage: azurite.connectionString, STORAGE_PREFIX: "bench" }, { keys: [keys.publicJwk as Record<string, unknown>] });
    const services = createServices(config, { log: () => undefined });
    await ensureStore(services.store);
    const server = createLocalHost(ROUTES, services);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const today = todayInParis(new Date());
    const insee = "21231";
    const body = JSON.stringify(
      demoSubmission({ insee, name: "Dijon", population: 163_169, sets: ["A", "B", "C"], domains: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16] }, today),
    );
    const token = await signDevToken(keys, { role: "commune", commune: insee });

    const raw = await rawInsertReference(azurite.connectionString);
    console.log(`Insertion brute Azurite (1 client, ${raw.count} entités) : p50 ${raw.p50.toFixed(2)} ms, p99 ${raw.p99.toFixed(2)} ms`);
    const results: string[] = [];
    for (const connections of [1, 8, 32]) {
      const result = await autocannon({
        url: `${url}/api/communes/${insee}/submissions`,
        method: "POST",
        connections,
        duration: DURATION_S,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body,
      });
      const ok = result["2xx"];
      const line =
        `${String(connections).padStart(2)} clients : p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result.requests.average.toFixed(0)} dépôts/s, ${ok} réussis, ${result.non2xx} refusés, ${result.errors} erreurs`;
      console.log(line);
      results.push(line);
      if (connections === 32) {
        const overhead = result.latency.p50 / raw.p50;
        console.log(`   p99 à 32 clients < 150 ms : ${result.latency.p99 < 150 ? "oui" : "NON"} ; p50 du dépôt / p50 de l'insertion brute = ${overhead.toFixed(1)}×`);
      }
    }
    await new Promise((resolve) => server.close(resolve));
    console.log(`Import à froid de dist/functions/index.js : ${await coldImportMs()} ms (médiane de 5 processus neufs)`);
  } finally {
    await azurite.stop();
  }
}

async function rawInsertReference(connectionString: string): Promise<{ count: number; p50: number; p99: number }> {
  const store = createStore(connectionString, "benchraw");
  await ensureStore(store);
  const table = store.table("dossiers");
  const timings: number[] = [];
  const payload = "x".repeat(2_000);
  for (let n = 0; n < 1_000; n += 1) {
    const start = performance.now();
    await table.createEntity({ partitionKey: "21231", rowKey: `v${String(n).padStart(6, "0")}`, payload, status: "deposee" });
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { count: timings.length, p50: timings[Math.floor(timings.length * 0.5)] ?? 0, p99: timings[Math.floor(timings.length * 0.99)] ?? 0 };
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
