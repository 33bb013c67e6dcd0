// @ts-check
const { readFile } = require("node:fs/promises");
const path = require("node:path");

/** @type {Readonly<Record<string, import("esbuild").Loader>>} */
const LOADERS = { ".ts": "ts", ".mts": "ts", ".cts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js", ".jsx": "jsx", ".json": "json" };

/** The name, in the bundle, of the project root (defined by the prelude bundleCliTool.cjs puts first). */
const PROJECT_ROOT = "__cliProjectRoot";

/**
 * `file` relative to `root`, `/`-separated: how a stamp names it.
 * @param {string} root
 * @param {string} file
 * @returns {string}
 */
function toStampPath(root, file) {
  return path.relative(root, file).split(path.sep).join("/");
}

/**
 * A project source's own `__dirname` and `__filename`, where the source uses them: in the bundle
 * they would otherwise be dist/cli's (scripts/localDataPaths.ts finds `.data` from its folder,
 * scripts/startAzurite.ts a file beside it). Prepended on the source's first line: lines unchanged.
 * @param {string} root
 * @param {string} file
 * @param {string} source
 * @returns {string}
 */
function withSourcePaths(root, file, source) {
  const declarations = [];
  const uses = (/** @type {string} */ name) => new RegExp(`\\b${name}\\b`).test(source) && !new RegExp(`\\b(const|let|var)\\s+${name}\\b`).test(source);
  if (uses("__dirname")) declarations.push(`const __dirname = require("node:path").join(${PROJECT_ROOT}, ${JSON.stringify(toStampPath(root, path.dirname(file)))});`);
  if (uses("__filename")) declarations.push(`const __filename = require("node:path").join(${PROJECT_ROOT}, ${JSON.stringify(toStampPath(root, file))});`);
  return declarations.length === 0 ? source : `${declarations.join(" ")} ${source}`;
}

/**
 * An esbuild plugin that loads every file itself, records the very bytes esbuild compiles (a file
 * saved again while the build runs cannot slip into a stamp unnoticed), and gives project sources
 * (outside node_modules) their own `__dirname` / `__filename`.
 * @param {string} root
 * @param {Map<string, Buffer>} contents filled with file (as a stamp names it) → its content
 * @returns {import("esbuild").Plugin}
 */
function recordInputs(root, contents) {
  return {
    name: "record-inputs",
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /.*/, namespace: "file" }, async (args) => {
        const bytes = await readFile(args.path);
        contents.set(toStampPath(root, args.path), bytes);
        const loader = LOADERS[path.extname(args.path)];
        // Another kind of file: esbuild applies its own rules (and reads it again).
        if (loader === undefined) return undefined;
        const isProjectSource = !args.path.split(path.sep).includes("node_modules") && loader !== "json";
        return { contents: isProjectSource ? withSourcePaths(root, args.path, bytes.toString("utf8")) : bytes, loader };
      });
    },
  };
}

module.exports = { recordInputs, toStampPath, PROJECT_ROOT };
