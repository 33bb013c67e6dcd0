import { build } from "esbuild";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
// One plugin for the task pane and the command-line tools (plain JavaScript: the CLI launcher builds without tsx).
import { zodUsedLocalesOnly } from "./cli/zodUsedLocalesOnly.cjs";

/** Where Office.js comes from: the local copy of @microsoft/office-js in development, Microsoft's CDN in production. */
export const OFFICE_JS = {
  development: "/office-js/office.js",
  production: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
} as const;

/** The address the repository's manifest.xml points to (the usual sideloading address). */
export const MANIFEST_BASE_URL = "https://localhost:3000";

/** How to build the task pane. */
export interface BuildAddinOptions {
  readonly mode: "development" | "production";
  /** dist/addin by default. */
  readonly outDir?: string;
  /** The deployment's address, written into dist/addin/manifest.xml instead of https://localhost:3000. */
  readonly baseUrl?: string;
  /** A config.json to write beside the task pane (production); the local add-in server serves its own. */
  readonly config?: Readonly<Record<string, unknown>>;
}

/** A built file and its weight. */
export interface BuiltFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** What a build produced: every JavaScript file (source maps excluded), and their totals. */
export interface BuildAddinResult {
  readonly outDir: string;
  readonly scripts: readonly BuiltFile[];
  /** The first bundle the task pane loads (taskpane.js and the chunks it imports statically). */
  readonly initial: { readonly bytes: number; readonly gzipBytes: number };
  /** Every JavaScript file, lazily loaded ones (MSAL) included: the task pane's, its sign-in dialog's and the portal's. */
  readonly total: { readonly bytes: number; readonly gzipBytes: number };
  /** Every script the task pane may load (taskpane.js, its chunks, MSAL): its budget. */
  readonly taskpane: { readonly bytes: number; readonly gzipBytes: number };
  /** The web portal (portal.js): what it loads before rendering, and every script it may load (MSAL included). */
  readonly portal: { readonly initial: { readonly bytes: number; readonly gzipBytes: number }; readonly all: { readonly bytes: number; readonly gzipBytes: number } };
}

const ROOT = path.resolve(__dirname, "..");
const ADDIN = path.join(ROOT, "addin");


/** The task pane's code through esbuild: ES modules split so that MSAL loads only when signing in with Microsoft. */
async function bundleScripts(outDir: string, production: boolean) {
  const result = await build({
    entryPoints: { taskpane: path.join(ADDIN, "main.tsx"), "auth-dialog": path.join(ADDIN, "auth", "dialogMain.ts"), portal: path.join(ADDIN, "portal", "main.tsx") },
    bundle: true,
    format: "esm",
    splitting: true,
    outdir: outDir,
    chunkNames: "chunks/[name]-[hash]",
    minify: production,
    sourcemap: production ? "external" : "linked",
    target: ["chrome100", "edge100", "safari15", "firefox100"],
    // TSX through Preact's automatic runtime (preact/jsx-runtime), as tsconfig.json types it.
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    legalComments: production ? "linked" : "inline",
    metafile: true,
    plugins: [zodUsedLocalesOnly],
    logLevel: "silent",
  });
  for (const sheet of ["taskpane.css", "portal.css"]) await build({ entryPoints: [path.join(ADDIN, "styles", sheet)], bundle: true, minify: production, outfile: path.join(outDir, sheet), logLevel: "silent" });
  return result.metafile;
}

/**
 * The scripts an entry (taskpane.js, portal.js) loads: before anything renders (its static imports,
 * transitively), or in all (its dynamic imports too, such as MSAL when signing in with Microsoft).
 */
function scriptsOf(metafile: Awaited<ReturnType<typeof bundleScripts>>, outDir: string, entry: string, withDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) if (imported.kind === "import-statement" || (withDynamic && imported.kind === "dynamic-import")) visit(imported.path);
  };
  visit(path.relative(ROOT, path.join(outDir, entry)).split(path.sep).join("/"));
  return new Set([...seen].map((file) => path.resolve(ROOT, file)));
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(path.join(directory, entry.name)) : [path.join(directory, entry.name)])));
  return nested.flat();
}

/**
 * Builds the task pane into dist/addin: taskpane.html (Office.js from the local copy or the CDN),
 * the bundled scripts and stylesheets, the web portal (index.html, portal.js: the same UI code
 * without Office), the sign-in dialog page, the help page (the manifest's
 * support URL), the icons and manifest.xml for the given address. Returns the scripts' weights.
 */
export async function buildAddin(options: BuildAddinOptions): Promise<BuildAddinResult> {
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, "dist", "addin"));
  const production = options.mode === "production";
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "assets"), { recursive: true });
  const metafile = await bundleScripts(outDir, production);
  for (const page of ["taskpane.html", "auth-dialog.html", "aide.html", "index.html"]) {
    const html = await readFile(path.join(ADDIN, page), "utf8");
    await writeFile(path.join(outDir, page), html.replace(/%OFFICE_JS%/g, OFFICE_JS[options.mode]));
  }
  for (const asset of await readdir(path.join(ADDIN, "assets"))) await copyFile(path.join(ADDIN, "assets", asset), path.join(outDir, "assets", asset));
  const manifest = await readFile(path.join(ROOT, "manifest.xml"), "utf8");
  const baseUrl = (options.baseUrl ?? MANIFEST_BASE_URL).replace(/\/+$/, "");
  await writeFile(path.join(outDir, "manifest.xml"), manifest.split(MANIFEST_BASE_URL).join(baseUrl));
  if (options.config) await writeFile(path.join(outDir, "config.json"), `${JSON.stringify(options.config, null, 2)}\n`);
  const sets = {
    initial: scriptsOf(metafile, outDir, "taskpane.js", false),
    taskpane: scriptsOf(metafile, outDir, "taskpane.js", true),
    portalInitial: scriptsOf(metafile, outDir, "portal.js", false),
    portal: scriptsOf(metafile, outDir, "portal.js", true),
  };
  const scripts = await Promise.all(
    (await listFiles(outDir))
      .filter((file) => file.endsWith(".js"))
      .sort()
      .map(async (file) => {
        const content = await readFile(file);
        return { file: path.relative(outDir, file), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, path: file };
      }),
  );
  const sum = (files: readonly BuiltFile[]) => ({ bytes: files.reduce((total, file) => total + file.bytes, 0), gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0) });
  return {
    outDir,
    scripts: scripts.map(({ path: _path, ...file }) => file),
    initial: sum(scripts.filter((file) => sets.initial.has(file.path))),
    total: sum(scripts),
    taskpane: sum(scripts.filter((file) => sets.taskpane.has(file.path))),
    portal: { initial: sum(scripts.filter((file) => sets.portalInitial.has(file.path))), all: sum(scripts.filter((file) => sets.portal.has(file.path))) },
  };
}

/** The production config.json from the environment (Entra ID application of the add-in, API address). */
function productionConfig(environment: NodeJS.ProcessEnv): Record<string, unknown> {
  const scopes = (environment.ADDIN_API_SCOPES ?? "").split(/[\s,]+/).filter((scope) => scope !== "");
  return {
    mode: "production",
    apiBase: environment.ADDIN_API_BASE ?? "/api",
    ...(environment.ADDIN_CLIENT_ID && environment.ADDIN_AUTHORITY ? { auth: { clientId: environment.ADDIN_CLIENT_ID, authority: environment.ADDIN_AUTHORITY, scopes } } : {}),
  };
}

// npm run build [-- --dev] [-- --base-url https://…] [-- --out dir]
if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const mode = args.includes("--dev") ? "development" : "production";
  const baseUrl = option("--base-url");
  const outDir = option("--out");
  buildAddin({ mode, ...(baseUrl ? { baseUrl } : {}), ...(outDir ? { outDir } : {}), ...(mode === "production" ? { config: productionConfig(process.env) } : {}) })
    .then((result) => {
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
      console.log(`Complément Excel construit (${mode}) dans ${path.relative(process.cwd(), result.outDir) || "."}`);
      for (const file of result.scripts) console.log(`  ${file.file.padEnd(48)} ${kb(file.bytes).padStart(10)}  gzip ${kb(file.gzipBytes).padStart(9)}`);
      console.log(`  premier chargement du volet : ${kb(result.initial.gzipBytes)} gzip ; tout le volet : ${kb(result.taskpane.gzipBytes)} gzip (Office.js non compris)`);
      console.log(`  premier chargement du portail : ${kb(result.portal.initial.gzipBytes)} gzip ; tout le portail : ${kb(result.portal.all.gzipBytes)} gzip`);
    })
    .catch((error: unknown) => {
      console.error(`Construction du complément impossible : ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
