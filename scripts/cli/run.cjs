#!/usr/bin/env node
// @ts-check
// node scripts/cli/run.cjs TOOL [ARGUMENTS…] — what `npm run quote-parts`, `npm run token` and
// `npm run audit:verify` call: runs the tool compiled to JavaScript (dist/cli), compiling it first
// when it is missing or older than its sources (runCliTool.cjs). Plain JavaScript: no tsx at start-up.
const path = require("node:path");
const { runCliTool } = require("./runCliTool.cjs");

const [name = "", ...args] = process.argv.slice(2);
runCliTool(path.resolve(__dirname, "..", ".."), name, args);
