import { generateDevKeys } from "../functions/auth/devKeys";
import { signDevToken } from "../functions/auth/signDevToken";
import { todayInParis } from "../shared/calendar/todayInParis";
import type { Submission } from "../shared/inventory/submissionSchema";
import { startAzurite } from "../scripts/startAzurite";
import { aCompleteSubmission } from "../tests/shared/checks/support/aCompleteSubmission";
import { jsonRequests } from "../tests/reliability/support/jsonRequests";
import { emptyFuzzReport, runFuzz, type FuzzReport } from "../tests/reliability/support/runFuzz";
import { sampleInChunks } from "../tests/reliability/support/sampleInChunks";
import { buildWorkbookBase } from "../tests/reliability/support/buildWorkbookBase";
import { xlsxRequests } from "../tests/reliability/support/xlsxRequests";
import { machineLine } from "./support/machineLine";
import { processRssMiB } from "./support/processRssMiB";
import { startApiProcess } from "./support/startApiProcess";

// npm run fuzz:long — the long version of tests/reliability/fuzzJson and fuzzXlsx: FUZZ_JSON_RUNS
// (8,000) JSON and FUZZ_XLSX_RUNS (2,000) .xlsx generated and mutated submissions, drafts and
// validations against the API in a process of its own (its memory sampled every second) on an
// in-memory Azurite. Exit 1 on any 5xx, crash, leak, non-French or unlocated refusal.
const JSON_RUNS = Number(process.env.FUZZ_JSON_RUNS ?? 8_000);
const XLSX_RUNS = Number(process.env.FUZZ_XLSX_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const DIJON = "21231";

/** A submission whose état des lieux is 30 days old (fresh for the API's real clock). */
function fresh(submission: Submission): Submission {
  return { ...submission, inventory: { ...submission.inventory, etatDesLieux: todayInParis(new Date(Date.now() - 30 * 86_400_000)) } };
}

function describe(name: string, report: FuzzReport, seconds: number): string[] {
  const fiveHundreds = [...report.statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  return [
    `${name} : ${report.cases} cas en ${seconds.toFixed(0)} s, statuts ${JSON.stringify(Object.fromEntries([...report.statuses].sort((a, b) => a[0] - b[0])))}, 5xx : ${fiveHundreds}, violations : ${report.violations.length}`,
    `   réponse la plus lente : ${report.slowest.ms} ms (${report.slowest.label})`,
    ...report.violations.slice(0, 20).map((violation) => `   ✗ #${violation.index} ${violation.route} ${violation.label} → ${violation.status} ${violation.violations.join(", ")} ${violation.excerpt.slice(0, 160)}`),
  ];
}

async function main(): Promise<number> {
  const azurite = await startAzurite();
  const keys = await generateDevKeys();
  const api = await startApiProcess({ AzureWebJobsStorage: azurite.connectionString, STORAGE_PREFIX: "fuzz", EPCI_SIREN: "242100410", BENCH_PUBLIC_JWK: JSON.stringify(keys.publicJwk) });
  const memory: { at: number; mib: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => memory.push({ at: Date.now() - started, mib: processRssMiB(api.pid) }), 1_000);
  try {
    const token = await signDevToken(keys, { role: "commune", commune: DIJON, expiresIn: "12h" });
    console.log(`Fuzzing long — graine ${SEED} — ${machineLine()}`);
    const bases = [aCompleteSubmission(), aCompleteSubmission({ sets: ["B"], blocks: { fibre: 1 } }), aCompleteSubmission({ sets: ["A", "C"], domains: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], blocks: {} }), aCompleteSubmission({ sets: ["B"], blocks: { fibre: 200 } })].map(fresh);
    const json = emptyFuzzReport();
    let phase = Date.now();
    await sampleInChunks(jsonRequests(bases), JSON_RUNS, SEED, 100, async (requests, firstIndex) => {
      await runFuzz(json, api.url, requests, { insee: DIJON, token, concurrency: 4, firstIndex });
      if (!api.alive()) throw new Error("le processus de l'API s'est arrêté");
    });
    const jsonSeconds = (Date.now() - phase) / 1000;
    const workbooks = await Promise.all(bases.slice(0, 2).map(buildWorkbookBase));
    const xlsx = emptyFuzzReport();
    phase = Date.now();
    await sampleInChunks(xlsxRequests(workbooks), XLSX_RUNS, SEED, 50, async (requests, firstIndex) => {
      await runFuzz(xlsx, api.url, requests, { insee: DIJON, token, concurrency: 2, firstIndex });
      if (!api.alive()) throw new Error("le processus de l'API s'est arrêté");
    });
    const xlsxSeconds = (Date.now() - phase) / 1000;
    clearInterval(sampler);
    const health = await fetch(`${api.url}/api/health`);
    const peak = Math.max(...memory.map((sample) => sample.mib));
    const quarter = (from: number) => Math.max(...memory.slice(Math.floor((memory.length * from) / 4), Math.floor((memory.length * (from + 1)) / 4)).map((sample) => sample.mib));
    const lines = [
      ...describe("JSON", json, jsonSeconds),
      ...describe("XLSX", xlsx, xlsxSeconds),
      `Total : ${json.cases + xlsx.cases} cas ; API toujours en vie : ${api.alive() ? "oui" : "NON"}, santé ${health.status}`,
      `Mémoire de l'API (RSS) : pic ${peak} Mio ; pic par quart de la durée : ${[0, 1, 2, 3].map(quarter).join(" / ")} Mio ; fin ${memory.at(-1)?.mib ?? 0} Mio`,
    ];
    for (const line of lines) console.log(line);
    const ok = json.violations.length + xlsx.violations.length === 0 && api.alive() && health.status === 200;
    console.log(ok ? "OK" : "ÉCHEC");
    return ok ? 0 : 1;
  } finally {
    clearInterval(sampler);
    await api.stop();
    await azurite.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
