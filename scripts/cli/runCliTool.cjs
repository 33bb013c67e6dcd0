// @ts-check
// Node 22.1+ only (not in Node 20's types).
const { enableCompileCache } = /** @type {{ enableCompileCache?: (cacheDir: string) => unknown }} */ (require("node:module"));
const path = require("node:path");
const { cliBundlePath } = require("./cliBundlePath.cjs");
const { CLI_TOOLS } = require("./cliTools.cjs");
const { isBundleFresh } = require("./isBundleFresh.cjs");

/**
 * Writes `message` on stderr and sets the exit code.
 * @param {string} message
 * @param {number} exitCode
 */
function fail(message, exitCode) {
  process.stderr.write(`${message}\n`);
  process.exitCode = exitCode;
}

/**
 * Runs the compiled tool in this process, as if started with `node BUNDLE ARGS…`.
 * @param {string} bundle
 * @param {readonly string[]} args
 */
function start(bundle, args) {
  process.argv = [process.argv[0] ?? process.execPath, bundle, ...args];
  // Node 22.1+ (the product runs on 24) keeps V8's compiled code of the bundle, checked against the
  // bundle's contents, for the next start; Node 20 has no such cache and compiles it each time.
  enableCompileCache?.(path.join(path.dirname(bundle), ".compile-cache"));
  require(bundle);
}

/**
 * Runs the tool `name` (cliTools.cjs) with `args`: its compiled file in dist/cli when that file was
 * built from the sources as they are now (isBundleFresh.cjs), else after compiling it again — a stale
 * or missing compiled file never runs. A source that does not compile: esbuild's message, exit 1.
 * @param {string} root the project root
 * @param {string} name
 * @param {readonly string[]} args
 */
function runCliTool(root, name, args) {
  const tools = `outils : ${Object.keys(CLI_TOOLS).join(", ")}`;
  if (name === "") return fail(`usage : node scripts/cli/run.cjs OUTIL [ARGUMENTS…] — ${tools}`, 2);
  if (!Object.hasOwn(CLI_TOOLS, name)) return fail(`outil inconnu « ${name} » — ${tools}`, 2);
  const bundle = cliBundlePath(root, name);
  if (isBundleFresh(root, bundle)) return start(bundle, args);
  // Loaded only when a build is needed (it loads esbuild).
  const { bundleCliTool, CliBuildError } = require("./bundleCliTool.cjs");
  bundleCliTool(root, name).then(
    () => start(bundle, args),
    (error) => {
      if (!(error instanceof CliBuildError)) throw error;
      fail(error.message, 1);
    },
  );
}

module.exports = { runCliTool };
