// @ts-check
const path = require("node:path");

/**
 * An esbuild plugin: zod exposes every one of its ~50 locales through the `z` namespace, so bundlers
 * cannot drop them. The tools get the two the code uses: English (zod's default) and French
 * (shared/validation/parseWith). The task pane's build (scripts/buildAddin.ts) uses it too; it is
 * plain JavaScript because the launcher builds without tsx.
 * @type {import("esbuild").Plugin}
 */
const zodUsedLocalesOnly = {
  name: "zod-used-locales-only",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: path.join(path.dirname(args.importer), "..", "locales"), namespace: "zod-locales" } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from "./en.js";\nexport { default as fr } from "./fr.js";\n`,
      resolveDir: args.path,
    }));
  },
};

module.exports = { zodUsedLocalesOnly };
