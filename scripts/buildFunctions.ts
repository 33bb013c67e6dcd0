import { build } from "esbuild";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleHeavyJobWorker } from "../functions/workers/bundleHeavyJobWorker";
import { HEAVY_JOB_WORKER_FILE_NAME } from "../functions/workers/heavyJobWorkerFileName";

const ROOT = path.resolve(__dirname, "..");
/** Packages left out of the bundle (heavy, data, or the Functions runtime library): installed in the app folder. */
const EXTERNAL = ["@azure/functions", "@azure/data-tables", "@azure/storage-blob", "exceljs", "@etalab/decoupage-administratif", "piscina"];
/** Development tools the code loads only where no bundled worker sits beside it (never in this app): left out, not installed. */
const DEVELOPMENT_ONLY = ["esbuild"];

/**
 * Builds the deployable Azure Functions app in dist/functions: index.js (functions/index.ts bundled
 * with esbuild), heavyJobWorker.js beside it (the entry of the heavy job pool's worker threads,
 * bundled on its own: a worker thread loads a file), host.json, a package.json whose `main` is
 * index.js and whose dependencies are the external packages at the project's pinned versions. `func azure functionapp publish` or
 * `func start` (Core Tools, where installable) run from that folder after `npm install --omit=dev`.
 */
export async function buildFunctions(outdir = path.join(ROOT, "dist", "functions")): Promise<string> {
  await mkdir(outdir, { recursive: true });
  const outfile = path.join(outdir, "index.js");
  await build({
    entryPoints: [path.join(ROOT, "functions", "index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    // The product's runtime: Node.js 24 LTS (Azure Functions Node 24 apps). The output stays runnable on Node 20 for development.
    target: "node24",
    format: "cjs",
    sourcemap: true,
    external: [...EXTERNAL, ...DEVELOPMENT_ONLY],
    logLevel: "warning",
  });
  await bundleHeavyJobWorker({ outfile: path.join(outdir, HEAVY_JOB_WORKER_FILE_NAME), external: EXTERNAL, write: true, sourcemap: "external" });
  const project = require(path.join(ROOT, "package.json")) as { version: string; dependencies: Record<string, string> };
  const dependencies = Object.fromEntries(EXTERNAL.map((name) => [name, project.dependencies[name] ?? "*"]));
  const manifest = { name: "adhesion-services-communs-functions", version: project.version, private: true, main: "index.js", engines: { node: ">=24" }, dependencies };
  await writeFile(path.join(outdir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyFile(path.join(ROOT, "functions", "host.json"), path.join(outdir, "host.json"));
  await copyFile(path.join(ROOT, "functions", "local.settings.example.json"), path.join(outdir, "local.settings.example.json"));
  return outfile;
}

if (require.main === module) {
  buildFunctions()
    .then((file) => console.log(`Application Azure Functions construite : ${path.relative(process.cwd(), path.dirname(file))}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
