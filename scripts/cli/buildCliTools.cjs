// @ts-check
// npm's postinstall (npm install, npm ci): compiles every command-line tool (cliTools.cjs) into
// dist/cli, so that their first run is fast too. Never fails the install: a tool not built here is
// built at its first run (runCliTool.cjs).
const path = require("node:path");
const { bundleCliTool } = require("./bundleCliTool.cjs");
const { cliBundlePath } = require("./cliBundlePath.cjs");
const { CLI_TOOLS } = require("./cliTools.cjs");
const { isBundleFresh } = require("./isBundleFresh.cjs");

/** Whether esbuild is installed (a production install, `--omit=dev`, leaves it out). */
function isEsbuildInstalled() {
  try {
    require.resolve("esbuild");
    return true;
  } catch {
    return false;
  }
}

/**
 * Compiles the tools whose compiled file is missing or stale; returns a French line for each one left unbuilt (or one for all, without esbuild).
 * @param {string} root
 * @returns {Promise<string[]>}
 */
async function buildCliTools(root) {
  if (!isEsbuildInstalled()) return ["outils en ligne de commande non compilés : esbuild est introuvable (installation sans dépendances de développement) ; ils le seront au premier lancement qui suivra un npm install"];
  const stale = Object.keys(CLI_TOOLS).filter((name) => !isBundleFresh(root, cliBundlePath(root, name)));
  const outcomes = await Promise.allSettled(stale.map((name) => bundleCliTool(root, name)));
  const problem = (/** @type {unknown} */ reason) => (reason instanceof Error ? reason.message : String(reason));
  return outcomes.flatMap((outcome, i) => (outcome.status === "rejected" ? [`outil « ${stale[i]} » non compilé (il le sera à son premier lancement) : ${problem(outcome.reason)}`] : []));
}

if (require.main === module) {
  buildCliTools(path.resolve(__dirname, "..", ".."))
    .then((problems) => {
      for (const problem of problems) process.stderr.write(`${problem}\n`);
    })
    .catch((error) => process.stderr.write(`outils en ligne de commande non compilés (ils le seront à leur premier lancement) : ${error instanceof Error ? error.message : String(error)}\n`));
}

module.exports = { buildCliTools };
