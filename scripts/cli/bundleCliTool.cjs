// @ts-check
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { stampLine } = require("./bundleStamp.cjs");
const { cliBundlePath } = require("./cliBundlePath.cjs");
const { CLI_TOOLS } = require("./cliTools.cjs");
const { digestOfContents } = require("./inputsDigest.cjs");
const { PROJECT_ROOT, recordInputs, toStampPath } = require("./recordInputs.cjs");
const { zodUsedLocalesOnly } = require("./zodUsedLocalesOnly.cjs");

/** A build problem the user can act on (esbuild missing, a source that does not compile): reported without a stack trace. */
class CliBuildError extends Error {}

/**
 * esbuild, or a French explanation when it is not installed (a production install omits it).
 * @returns {typeof import("esbuild")}
 */
function loadEsbuild() {
  try {
    return require("esbuild");
  } catch {
    throw new CliBuildError("esbuild est introuvable (dépendance de développement) : lancez npm install");
  }
}

/**
 * The files a build read besides the ones esbuild loaded: every package.json and tsconfig.json from
 * the inputs' folders up to the root (package versions, `exports`, compiler options), esbuild's
 * package.json (its version) and this builder's own files.
 * @param {string} root
 * @param {Iterable<string>} inputs as a stamp names them
 * @returns {string[]} as a stamp names them
 */
function settingsFiles(root, inputs) {
  const found = new Set();
  const seen = new Set();
  for (const input of inputs) {
    for (let dir = path.dirname(path.resolve(root, input)); !seen.has(dir); dir = path.dirname(dir)) {
      seen.add(dir);
      for (const name of ["package.json", "tsconfig.json"]) if (existsSync(path.join(dir, name))) found.add(path.join(dir, name));
      if (dir === root || dir === path.dirname(dir)) break;
    }
  }
  found.add(require.resolve("esbuild/package.json"));
  for (const name of readdirSync(__dirname)) if (name.endsWith(".cjs")) found.add(path.join(__dirname, name));
  return [...found].map((file) => toStampPath(root, file));
}

/**
 * esbuild's output with, before any other statement (after its "use strict" directive, which must
 * stay first to keep the bundle strict): the bundle as its program's entry, also when the launcher
 * loads it (`require.main === module` in the entry), and the project root, taken from the bundle's
 * real `__dirname` before any source's own `__dirname` (recordInputs.cjs) can shadow it.
 * @param {string} code
 * @param {string} rootFromBundle the project root relative to the bundle's folder
 * @returns {string}
 */
function withPrelude(code, rootFromBundle) {
  const body = code.replace(/^#!.*\n/, "");
  const directive = body.startsWith('"use strict";\n') ? '"use strict";\n' : "";
  const prelude = `require.main = module;\nconst ${PROJECT_ROOT} = require("node:path").join(__dirname, ${JSON.stringify(rootFromBundle)});\n`;
  return directive + prelude + body.slice(directive.length);
}

/**
 * Compiles the tool `name` (see cliTools.cjs) with esbuild into dist/cli: one CommonJS file for
 * Node 20+, its first line a stamp of what it was built from (bundleStamp.cjs). Written to a
 * temporary file then renamed: a tool started meanwhile sees the old file or the new one, whole.
 * @param {string} root the project root
 * @param {string} name
 * @returns {Promise<string>} the compiled file
 */
async function bundleCliTool(root, name) {
  const tool = CLI_TOOLS[name];
  if (tool === undefined) throw new Error(`unknown tool ${name}`);
  const { build } = loadEsbuild();
  const outfile = cliBundlePath(root, name);
  /** @type {Map<string, Buffer>} */
  const contents = new Map();
  let result;
  try {
    result = await build({
      absWorkingDir: root,
      entryPoints: [path.join(root, tool.entry)],
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      ...(tool.externalPackages ? { packages: /** @type {const} */ ("external") } : {}),
      plugins: [zodUsedLocalesOnly, recordInputs(root, contents)],
      write: false,
      logLevel: "silent",
    });
  } catch (error) {
    // esbuild's message lists each problem with its file, line and column.
    throw new CliBuildError(`construction de l'outil « ${name} » (${tool.entry}) impossible : ${error instanceof Error ? error.message : String(error)}`);
  }
  const output = result.outputFiles.find((file) => file.path === outfile);
  if (output === undefined) throw new Error(`esbuild wrote no ${outfile}`);
  for (const file of settingsFiles(root, contents.keys())) if (!contents.has(file)) contents.set(file, readFileSync(path.join(root, file)));
  const files = [...contents.keys()].sort();
  const stamp = { files, digest: digestOfContents(files.map((file) => /** @type {const} */ ([file, /** @type {Buffer} */ (contents.get(file))]))) };
  mkdirSync(path.dirname(outfile), { recursive: true });
  const text = stampLine(stamp) + withPrelude(output.text, toStampPath(path.dirname(outfile), root));
  const temporary = `${outfile}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, outfile);
  } finally {
    rmSync(temporary, { force: true });
  }
  return outfile;
}

module.exports = { bundleCliTool, CliBuildError };
