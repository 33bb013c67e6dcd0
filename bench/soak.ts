import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findEpci } from "../functions/communes/epciMembers";
import { generateDevKeys } from "../functions/auth/devKeys";
import { signDevToken } from "../functions/auth/signDevToken";
import { todayInParis } from "../shared/calendar/todayInParis";
import { startAzurite } from "../scripts/startAzurite";
import { demoSubmission } from "../scripts/demo/demoSubmission";
import { machineLine } from "./support/machineLine";
import { percentile } from "./support/percentile";
import { processRssMiB } from "./support/processRssMiB";
import { drawOperation, SOAK_MIX, type SoakActors, type SoakCommune } from "./support/soakMix";
import { startApiProcess } from "./support/startApiProcess";

// npm run soak — a steady load on loopback (SOAK_RATE requests a second, 100 by default, for
// SOAK_SECONDS, 600 by default) against the API in a process of its own on an Azurite persisted in
// a temporary folder (SOAK_AZURITE=memory: in memory, whose 512 MiB of blob extents fill up within
// minutes of autosaves: deleted blobs are not reclaimed fast enough),
// sent at a fixed rate whatever the answers' pace (open loop): the campaign mix of
// support/soakMix.ts over Dijon Métropole's 23 communes. Prints, minute by minute, the requests,
// p50/p99/max latency, errors (5xx, network, unexpected status), requests not sent because 256
// were already waiting, and the API's memory; exit 1 on any error or request not sent.
const RATE = Number(process.env.SOAK_RATE ?? 100);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const WINDOW_S = Number(process.env.SOAK_WINDOW_SECONDS ?? 60);
const MAX_IN_FLIGHT = 256;
const EPCI = "242100410";

interface Window {
  readonly latencies: number[];
  errors: number;
  /** Statuses outside an operation's expected ones, by operation and status. */
  readonly unexpected: Map<string, number>;
  readonly memory: number[];
  skipped: number;
}

const newWindow = (): Window => ({ latencies: [], errors: 0, unexpected: new Map(), memory: [], skipped: 0 });

async function main(): Promise<number> {
  const folder = process.env.SOAK_AZURITE === "memory" ? undefined : await mkdtemp(path.join(os.tmpdir(), "soak-azurite-"));
  const azurite = await startAzurite(folder ? { location: folder } : {});
  const keys = await generateDevKeys();
  const api = await startApiProcess({ AzureWebJobsStorage: azurite.connectionString, STORAGE_PREFIX: "soak", EPCI_SIREN: EPCI, BENCH_PUBLIC_JWK: JSON.stringify(keys.publicJwk) });
  try {
    const etatDesLieux = todayInParis(new Date(Date.now() - 30 * 86_400_000));
    const members = findEpci(EPCI)?.members ?? [];
    const communes: SoakCommune[] = await Promise.all(
      members.map(async (member, index) => ({
        insee: member.insee,
        token: await signDevToken(keys, { role: "commune", commune: member.insee, expiresIn: "12h" }),
        submission: demoSubmission({ ...member, population: 2_000 + index * 7_000, sets: ["A", "B", "C"], domains: [1, 2, 3, 5, 16] }, etatDesLieux),
        lastVersion: 0,
      })),
    );
    const actors: SoakActors = { url: api.url, communes, staff: await signDevToken(keys, { role: "staff", expiresIn: "12h" }) };
    // Every commune starts with a draft and a first version, as after the first week of a campaign.
    for (const commune of communes) {
      for (const name of ["sauvegarde du brouillon", "dépôt"]) {
        const status = await SOAK_MIX.find((operation) => operation.name === name)!.send(actors, commune);
        if (status >= 300) throw new Error(`préparation de ${commune.insee} : ${name} → ${status}`);
      }
    }
    console.log(`Endurance — ${RATE} requêtes/s pendant ${SECONDS} s, ${communes.length} communes, Azurite ${folder ? "sur disque" : "en mémoire"} — ${machineLine()}`);
    console.log(`| ${WINDOW_S === 60 ? "minute" : `fenêtre de ${WINDOW_S} s`} | requêtes | p50 (ms) | p99 (ms) | max (ms) | erreurs | non envoyées | RSS API max (Mio) |`);
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
    const windows: Window[] = [];
    const byOperation = new Map<string, number[]>();
    const started = performance.now();
    let inFlight = 0;
    let sent = 0;
    const pending = new Set<Promise<void>>();
    const windowAt = (ms: number) => (windows[Math.floor(ms / 1000 / WINDOW_S)] ??= newWindow());
    const memoryTimer = setInterval(() => windowAt(performance.now() - started).memory.push(processRssMiB(api.pid)), 1_000);
    let printed = 0;
    const print = (upTo: number) => {
      for (; printed < upTo; printed += 1) {
        const window = windows[printed] ?? newWindow();
        const sorted = [...window.latencies].sort((a, b) => a - b);
        console.log(
          `| ${printed + 1} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${(sorted.at(-1) ?? 0).toFixed(0)} | ${window.errors}${window.unexpected.size ? ` (${[...window.unexpected].map(([key, count]) => `${key} ×${count}`).join(", ")})` : ""} | ${window.skipped} | ${Math.max(0, ...window.memory)} |`,
        );
      }
    };
    while (performance.now() - started < SECONDS * 1000) {
      const due = ((performance.now() - started) / 1000) * RATE;
      while (sent < due) {
        sent += 1;
        const at = performance.now() - started;
        if (inFlight >= MAX_IN_FLIGHT) {
          windowAt(at).skipped += 1;
          continue;
        }
        const operation = drawOperation(Math.random());
        const commune = communes[Math.floor(Math.random() * communes.length)] as SoakCommune;
        inFlight += 1;
        const request = (async () => {
          const begin = performance.now();
          let status = 0;
          try {
            status = await operation.send(actors, commune);
          } catch {
            status = 0;
          }
          const latency = performance.now() - begin;
          const window = windowAt(begin - started);
          window.latencies.push(latency);
          const mine = byOperation.get(operation.name) ?? [];
          mine.push(latency);
          byOperation.set(operation.name, mine);
          if (!operation.expected.includes(status)) {
            window.errors += 1;
            const key = `${operation.name} ${status || "réseau"}`;
            window.unexpected.set(key, (window.unexpected.get(key) ?? 0) + 1);
          }
        })().finally(() => {
          inFlight -= 1;
          pending.delete(request);
        });
        pending.add(request);
      }
      print(Math.floor((performance.now() - started) / 1000 / WINDOW_S));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(pending);
    clearInterval(memoryTimer);
    print(windows.length);
    const all = windows.flatMap((window) => window.latencies).sort((a, b) => a - b);
    const errors = windows.reduce((sum, window) => sum + window.errors + window.skipped, 0);
    const memory = windows.flatMap((window) => window.memory);
    const skipped = windows.reduce((sum, window) => sum + window.skipped, 0);
    console.log(`Total : ${all.length} requêtes en ${SECONDS} s (${(all.length / SECONDS).toFixed(1)}/s), p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, erreurs ${errors - skipped}, non envoyées ${skipped}`);
    console.log(`Mémoire de l'API (RSS) : première minute ${Math.max(0, ...(windows[0]?.memory ?? []))} Mio, dernière ${Math.max(0, ...(windows.at(-1)?.memory ?? []))} Mio, pic ${Math.max(0, ...memory)} Mio`);
    console.log("Par opération (toute la durée) :");
    for (const [name, latencies] of byOperation) {
      const sorted = latencies.sort((a, b) => a - b);
      console.log(`  ${name} : ${sorted.length}, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`);
    }
    const versions = communes.reduce((sum, commune) => sum + commune.lastVersion, 0);
    console.log(`Versions déposées à la fin : ${versions} ; API en vie : ${api.alive() ? "oui" : "NON"}`);
    const ok = errors === 0 && api.alive();
    console.log(ok ? "OK" : "ÉCHEC");
    return ok ? 0 : 1;
  } finally {
    await api.stop();
    await azurite.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
