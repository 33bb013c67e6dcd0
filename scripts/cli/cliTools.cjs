// @ts-check
/**
 * @typedef {object} CliTool
 * @property {string} entry The TypeScript entry, relative to the project root.
 * @property {boolean} [externalPackages] Load node_modules packages from node_modules at run time instead of bundling them
 *   (they are then never stale, and packages that read their own files keep working).
 */

/**
 * The command-line tools that run as compiled JavaScript (dist/cli), by npm script name.
 * @type {Readonly<Record<string, CliTool>>}
 */
const CLI_TOOLS = {
  // zod and decimal.js bundled: one file to load is faster than zod's ~100 CommonJS files.
  "quote-parts": { entry: "scripts/quoteParts.ts" },
  token: { entry: "scripts/token.ts" },
  // The Azure SDK and Azurite stay in node_modules: Azurite is started from its own files.
  "audit:verify": { entry: "scripts/verifyAudit.ts", externalPackages: true },
};

module.exports = { CLI_TOOLS };
