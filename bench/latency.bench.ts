/**
 * Latency of light requests while workbooks are uploaded: `GET /api/health` and an authenticated
 * light GET (a commune's draft) sent one after another by two clients, first alone, then while two
 * clients upload back to back the largest template (50 configurations of each kind) as downloaded,
 * the same template filled in full (read, then every check), and hostile workbooks (slow to read,
 * too large for the heap limit, a lying zip directory). The API runs in its own process, built
 * with esbuild as for production (heavy job pool included), on an in-memory Azurite. The run fails
 * (exit 1, `ÉCHEC`) when a light request is not answered as expected (200; 404 for a commune without
 * draft), an upload gets a 5xx or no answer,
 * or a light p99 reaches 100 ms while uploads run.
 *
 * `npm run --silent bench:latency` — see bench/README.md. BENCH_SECONDS (20) per phase;
 * HEAVY_JOB_THREADS, HEAVY_JOB_MEMORY_MB… are passed to the API.
 */
import { performance } from "node:perf_hooks";
import { generateDevKeys } from "../functions/auth/devKeys";
import { signDevToken } from "../functions/auth/signDevToken";
import { renderTemplateXlsx } from "../functions/xlsx/renderTemplateXlsx";
import { TEMPLATE_VERSION } from "../shared/inventory/templateVersion";
import { buildSheetLayout } from "../shared/layout/buildSheetLayout";
import { layoutForSubmission } from "../shared/layout/layoutForSubmission";
import { renderValues } from "../shared/layout/renderValues";
import { startAzurite } from "../scripts/startAzurite";
import { aCompleteSubmission } from "../tests/shared/checks/support/aCompleteSubmission";
import { withManyCells, withManySheets } from "../tests/functions/workers/support/costlyWorkbooks";
import { rezip } from "../tests/functions/xlsx/support/zipFixtures";
import { machineLine } from "./support/machineLine";
import { percentile } from "./support/percentile";
import { startApiProcess } from "./support/startApiProcess";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const TARGET_P99_MS = 100;
const DIJON = "21231";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ALL_DOMAINS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as const;

interface Upload {
  readonly label: string;
  readonly path: string;
  readonly bytes: Buffer;
}

async function uploads(): Promise<Record<string, Upload[]>> {
  const blocks = { fibre: 50, interconnexion: 50, isole: 50 };
  const largest = await renderTemplateXlsx(buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION }));
  const submission = aCompleteSubmission({ sets: ["A", "B", "C"], domains: ALL_DOMAINS, blocks });
  const layout = layoutForSubmission(submission);
  const filled = await renderTemplateXlsx(layout, renderValues(layout, submission));
  const liar = rezip(largest, (files) => files.map((file) => (file.name === "xl/worksheets/sheet1.xml" ? { ...file, content: Buffer.alloc(50 * 1024 * 1024, 0x20), declaredSize: 2048 } : file)));
  const submit = `communes/${DIJON}/submissions`;
  return {
    "plus grand modèle tel que téléchargé": [{ label: "modèle 50 × 3, vide", path: submit, bytes: largest }],
    "plus grand modèle rempli (lecture + tous les contrôles, /api/validate)": [{ label: "modèle 50 × 3, rempli", path: "validate", bytes: filled }],
    "classeurs hostiles": [
      { label: "1 900 feuilles de 100 cellules", path: submit, bytes: await withManySheets(1_900, 100) },
      { label: "240 000 cellules", path: submit, bytes: await withManyCells(240_000) },
      { label: "répertoire zip menteur (50 Mo réels)", path: submit, bytes: liar },
      { label: "1 665 feuilles ajoutées", path: submit, bytes: await withManySheets(1_665) },
    ],
  };
}

/** Sends light requests one after another until `running()` is false; latencies by kind. */
async function lightClient(url: string, token: string, running: () => boolean, latencies: { health: number[]; draft: number[] }, failures: string[]): Promise<void> {
  while (running()) {
    for (const [kind, path, headers] of [
      ["health", "health", {}],
      ["draft", `communes/${DIJON}/draft`, { Authorization: `Bearer ${token}` }],
    ] as const) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/${path}`, { headers });
        await response.arrayBuffer();
        latencies[kind].push(performance.now() - started);
        // A commune without draft gets 404: an answer as light as the 200.
        if (!(kind === "health" ? [200] : [200, 404]).includes(response.status)) failures.push(`${path} ${response.status}`);
      } catch (error) {
        failures.push(`${path} sans réponse : ${String(error)}`);
      }
    }
  }
}

/** Uploads the workbooks in turn, back to back, until `running()` is false; statuses counted. */
async function uploadClient(url: string, token: string, files: readonly Upload[], offset: number, running: () => boolean, statuses: Map<string, number>): Promise<void> {
  for (let index = offset; running(); index++) {
    const file = files[index % files.length] as Upload;
    let status: string;
    try {
      const response = await fetch(`${url}/api/${file.path}`, { method: "POST", body: new Uint8Array(file.bytes), headers: { Authorization: `Bearer ${token}`, "Content-Type": XLSX } });
      await response.arrayBuffer();
      status = String(response.status);
    } catch {
      status = "sans réponse";
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}

interface Phase {
  readonly health: readonly number[];
  readonly draft: readonly number[];
  readonly failures: readonly string[];
  readonly statuses: ReadonlyMap<string, number>;
}

async function phase(url: string, token: string, files: readonly Upload[] | undefined): Promise<Phase> {
  const until = performance.now() + SECONDS * 1000;
  const running = () => performance.now() < until;
  const latencies = { health: [] as number[], draft: [] as number[] };
  const failures: string[] = [];
  const statuses = new Map<string, number>();
  await Promise.all([
    lightClient(url, token, running, latencies, failures),
    lightClient(url, token, running, latencies, failures),
    ...(files ? [uploadClient(url, token, files, 0, running, statuses), uploadClient(url, token, files, 1, running, statuses)] : []),
  ]);
  return { health: latencies.health.sort((a, b) => a - b), draft: latencies.draft.sort((a, b) => a - b), failures, statuses };
}

const figures = (sorted: readonly number[]) => `p50 ${percentile(sorted, 50).toFixed(1)} / p99 ${percentile(sorted, 99).toFixed(1)} / max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms (${sorted.length})`;

async function main(): Promise<void> {
  console.log(`Latence des requêtes légères pendant des dépôts de classeurs — ${machineLine()}`);
  console.log(`${SECONDS} s par phase ; 2 clients légers (santé puis brouillon, l'un après l'autre), 2 clients de dépôt enchaînés ; fils de calcul : ${process.env.HEAVY_JOB_THREADS ?? "défaut"}`);
  const files = await uploads();
  for (const [name, list] of Object.entries(files)) console.log(`  ${name} : ${list.map((file) => `${file.label} (${(file.bytes.length / 1024).toFixed(0)} Ko)`).join(", ")}`);
  const keys = await generateDevKeys();
  const token = await signDevToken(keys, { role: "commune", commune: DIJON });
  const azurite = await startAzurite();
  const api = await startApiProcess({ AzureWebJobsStorage: azurite.connectionString, STORAGE_PREFIX: "latence", BENCH_PUBLIC_JWK: JSON.stringify(keys.publicJwk) });
  let failed = false;
  try {
    // Warm-up: the pool's first worker starts on the first workbook.
    await uploadClient(api.url, token, files["plus grand modèle tel que téléchargé"] ?? [], 0, (() => { let left = 3; return () => left-- > 0; })(), new Map());
    for (const [name, list] of [["seules, sans dépôt", undefined], ...Object.entries(files)] as const) {
      const result = await phase(api.url, token, list);
      const p99 = Math.max(percentile(result.health, 99), percentile(result.draft, 99));
      const uploadsFailed = [...result.statuses.keys()].some((status) => status === "sans réponse" || status.startsWith("5"));
      const missed = list !== undefined && p99 >= TARGET_P99_MS;
      const wrong = result.failures.length > 0 || uploadsFailed;
      failed ||= missed || wrong;
      console.log(`${list ? "pendant : " : "requêtes légères "}${name}`);
      console.log(`  santé     ${figures(result.health)}`);
      console.log(`  brouillon ${figures(result.draft)}${list ? ` — p99 < ${TARGET_P99_MS} ms : ${missed ? "NON" : "oui"}` : ""}`);
      if (list) console.log(`  dépôts : ${JSON.stringify(Object.fromEntries(result.statuses))}`);
      if (wrong) console.log(`  ÉCHEC : ${[...result.failures.slice(0, 5), ...(uploadsFailed ? ["dépôt en 5xx ou sans réponse"] : [])].join(" ; ")}`);
    }
    console.log(`API toujours en vie : ${api.alive() ? "oui" : "NON"}`);
    failed ||= !api.alive();
  } finally {
    await api.stop();
    await azurite.stop();
  }
  console.log(failed ? "ÉCHEC" : "OK");
  if (failed) process.exit(1);
}

void main();
