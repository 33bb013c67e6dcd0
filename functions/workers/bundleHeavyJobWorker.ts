import { build } from "esbuild";
import path from "node:path";

/** Where and how to bundle the worker entry. */
export interface WorkerBundleOptions {
  /** Output file (written unless `write` is false; also the base of the source map's paths). */
  readonly outfile: string;
  /** Packages left out of the bundle (installed beside it), or every package (development: node_modules is there). */
  readonly external: readonly string[] | "packages";
  readonly write: boolean;
  readonly sourcemap: "inline" | "external";
}

/**
 * Bundles the worker threads' entry (`heavyJobWorker.ts` and everything it imports: the workbook
 * reader, the sheet parser, the renderers) into one CommonJS file that plain Node loads in a worker
 * thread. Gives the bundle's code. Used by `npm run build:functions`, by the benchmarks' API and,
 * in development and tests, by `bundleWorkerInCache`.
 */
export async function bundleHeavyJobWorker(options: WorkerBundleOptions): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, "heavyJobWorker.ts")],
    outfile: options.outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: options.sourcemap === "inline" ? "inline" : true,
    ...(options.external === "packages" ? { packages: "external" as const } : { external: [...options.external] }),
    write: options.write,
    logLevel: "warning",
  });
  const code = result.outputFiles?.find((file) => file.path.endsWith(".js"))?.text;
  return code ?? "";
}
