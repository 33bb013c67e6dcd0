import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { loadOrCreateDevKeys } from "../functions/auth/devKeys";
import { signDevToken } from "../functions/auth/signDevToken";
import { createLocalHost } from "../functions/localHost/createLocalHost";
import { ROUTES } from "../functions/routes/routeTable";
import { configFromEnv } from "../functions/services/configFromEnv";
import { createServices } from "../functions/services/createServices";
import { todayInParis } from "../shared/calendar/todayInParis";
import { ensureStore } from "../functions/storage/store";
import { seedDemo } from "./demo/seedDemo";
import { buildAddin } from "./buildAddin";
import { startAddinServer } from "./startAddinServer";
import { localDataPaths } from "./localDataPaths";
import { explainPortInUse } from "./localRun/explainPortInUse";
import { removeRunRecord, writeRunRecord, type RunRecord } from "./localRun/runRecord";
import { stopPreviousRun } from "./localRun/stopPreviousRun";
import { startAzurite } from "./startAzurite";

// npm start: Azurite (persisted in the data folder's azurite/, see localDataPaths), the API on the
// local host (port 7071, /api), the add-in's static server, and demo data on first run. Ctrl-C stops
// everything. What an earlier npm start on the same data folder left running (killed with kill -9) is
// stopped first, thanks to the record it keeps there (localDataPaths().runFile). Env (for tests and side-by-side runs): DATA_DIR (data folder, .data by default: Azurite
// and the dev key pair, shared with npm run token and npm run audit:verify), PORT, ADDIN_PORT,
// AZURITE_BLOB_PORT, AZURITE_TABLE_PORT, ADDIN_DIST_DIR, SEED_DEMO=0.
async function main(): Promise<void> {
  // Signals are caught from the very first step: Ctrl-C during start-up lets the current step finish,
  // then stops what was started (never an Azurite left behind, never a kill by the default handler).
  let stopRequested = false;
  let wake = () => {};
  const signalled = new Promise<void>((resolve) => (wake = resolve));
  const onSignal = () => {
    if (stopRequested) return;
    stopRequested = true;
    console.log("\nArrêt…");
    wake();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const closers: (() => Promise<unknown>)[] = [];
  try {
    await run(closers, () => stopRequested);
    if (!stopRequested) await signalled;
  } finally {
    for (const close of closers.reverse()) await close();
  }
}

/** Starts everything in order, registering how to stop each part; returns early once a stop is requested. */
async function run(closers: (() => Promise<unknown>)[], stopRequested: () => boolean): Promise<void> {
  const paths = localDataPaths();
  const { azuriteDir, devKeysFile, runFile } = paths;
  await mkdir(azuriteDir, { recursive: true });
  for (const line of await stopPreviousRun(paths)) console.log(line);
  // Removed last, once everything has stopped: a record left behind means a run that did not stop.
  closers.push(() => removeRunRecord(runFile, process.pid));
  const azurite = await startAzurite({
    location: azuriteDir,
    blobPort: Number(process.env.AZURITE_BLOB_PORT ?? 0),
    tablePort: Number(process.env.AZURITE_TABLE_PORT ?? 0),
  });
  closers.push(() => azurite.stop());
  let record: RunRecord = { startPid: process.pid, azurite: { pid: azurite.pid, blobPort: azurite.blobPort, tablePort: azurite.tablePort } };
  await writeRunRecord(runFile, record);
  if (stopRequested()) return;
  const keys = await loadOrCreateDevKeys(devKeysFile);
  const config = configFromEnv({ ...process.env, AzureWebJobsStorage: azurite.connectionString }, { keys: [keys.publicJwk as Record<string, unknown>] });
  const services = createServices(config);
  await ensureStore(services.store);
  const api = createLocalHost(ROUTES, services);
  const apiPort = Number(process.env.PORT ?? 7071);
  await new Promise<void>((resolve, reject) => {
    api.once("error", (error) => reject(explainPortInUse(error, apiPort, "API", "PORT")));
    api.listen(apiPort, "127.0.0.1", resolve);
  });
  closers.push(() => new Promise((resolve) => api.close(resolve)));
  record = { ...record, apiPort: (api.address() as AddressInfo).port };
  await writeRunRecord(runFile, record);
  if (stopRequested()) return;
  const apiUrl = `http://127.0.0.1:${record.apiPort}`;
  // The task pane in development mode: Office.js served locally, sign-in with a development token.
  const addinDir = process.env.ADDIN_DIST_DIR ? path.resolve(process.env.ADDIN_DIST_DIR) : undefined;
  await buildAddin({ mode: "development", ...(addinDir ? { outDir: addinDir } : {}) });
  const addinPort = Number(process.env.ADDIN_PORT ?? 3000);
  const addin = await startAddinServer({ port: addinPort, apiUrl, devKeys: keys, freshnessMonths: config.freshnessMonths, ...(addinDir ? { root: addinDir } : {}) }).catch((error: unknown) => {
    throw explainPortInUse(error, addinPort, "complément Excel", "ADDIN_PORT");
  });
  closers.push(() => addin.close());
  await writeRunRecord(runFile, (record = { ...record, addinPort: Number(new URL(addin.origin).port) }));
  if (stopRequested()) return;
  const tokens = {
    staff: await signDevToken(keys, { role: "staff", name: "Agent du service commun (démo)", expiresIn: "12h" }),
    finance: await signDevToken(keys, { role: "finance", name: "Direction des finances (démo)", expiresIn: "12h" }),
    communeToken: (insee: string) => signDevToken(keys, { role: "commune", commune: insee, expiresIn: "12h" }),
  };
  if (process.env.SEED_DEMO !== "0") await seedDemo(apiUrl, config.epciSiren, tokens, todayInParis(new Date()), (line) => console.log(line));
  if (stopRequested()) return;
  console.log(
    [
      "",
      "Service démarré.",
      `  API .............. ${apiUrl}/api  (santé : ${apiUrl}/api/health, OpenAPI : ${apiUrl}/api/openapi.json)`,
      `  Modèle Excel ..... ${apiUrl}/api/template.xlsx`,
      `  Portail communes . ${addin.origin}/  (sans Excel : modèle, contrôle, dépôt, suivi)`,
      `  Complément Excel . ${addin.url}`,
      `  Stockage ......... Azurite, données dans ${azuriteDir}`,
      "",
      "Jetons de développement (valables 12 h ; d'autres : npm run token -- --role commune --commune 21231) :",
      `  staff    : ${tokens.staff}`,
      `  finance  : ${tokens.finance}`,
      `  commune 21231 (Dijon) : ${await tokens.communeToken("21231")}`,
      "",
      "Ctrl-C pour tout arrêter.",
    ].join("\n"),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Démarrage impossible : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
