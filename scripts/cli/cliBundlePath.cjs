// @ts-check
const path = require("node:path");
const { CLI_TOOLS } = require("./cliTools.cjs");

/** Where the compiled tools live, relative to the project root (git-ignored with dist/). */
const CLI_BUNDLE_DIR = path.join("dist", "cli");

/**
 * The compiled file of the tool `name`: dist/cli/<entry's base name>.js under `root`.
 * @param {string} root
 * @param {string} name
 * @returns {string}
 */
function cliBundlePath(root, name) {
  const tool = CLI_TOOLS[name];
  if (tool === undefined) throw new Error(`unknown tool ${name}`);
  return path.join(root, CLI_BUNDLE_DIR, `${path.basename(tool.entry, path.extname(tool.entry))}.js`);
}

module.exports = { cliBundlePath, CLI_BUNDLE_DIR };
