import { build } from "esbuild";
import path from "node:path";

/**
 * Bundles the Azure Functions app (functions/index.ts) into dist/functions/index.js, the `main` that
 * the Functions host loads. Heavy or data packages stay external and load on first use.
 */
export async function buildFunctions(outdir = path.resolve(__dirname, "..", "dist", "functions")): Promise<string> {
  const outfile = path.join(outdir, "index.js");
  await build({
    entryPoints: [path.resolve(__dirname, "..", "functions", "index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    external: ["@azure/functions", "exceljs", "@etalab/decoupage-administratif", "@azure/data-tables", "@azure/storage-blob"],
    logLevel: "warning",
  });
  return outfile;
}

if (require.main === module) {
  buildFunctions()
    .then((file) => console.log(`Fonctions construites : ${path.relative(process.cwd(), file)}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
