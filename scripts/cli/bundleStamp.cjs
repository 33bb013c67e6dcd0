// @ts-check
const { closeSync, openSync, readSync } = require("node:fs");

/**
 * What a compiled tool was built from, written on its first line: every file that went into it
 * (sources, bundled packages' files and their package.json, tsconfig.json, esbuild's version, this
 * builder) and one digest of their contents.
 * @typedef {{ readonly files: readonly string[]; readonly digest: string }} BundleStamp
 */

const PREFIX = "// cli-bundle ";

/**
 * The first line of a compiled tool that carries `stamp`.
 * @param {BundleStamp} stamp
 * @returns {string}
 */
function stampLine(stamp) {
  return `${PREFIX}${JSON.stringify(stamp)}\n`;
}

/**
 * The stamp on the first line of `bundlePath`, or undefined when the file is missing or carries none.
 * Reads only up to the end of that line, not the whole bundle.
 * @param {string} bundlePath
 * @returns {BundleStamp | undefined}
 */
function readBundleStamp(bundlePath) {
  let fd;
  try {
    fd = openSync(bundlePath, "r");
  } catch {
    return undefined;
  }
  try {
    const firstLine = readFirstLine(fd);
    if (firstLine === undefined || !firstLine.startsWith(PREFIX)) return undefined;
    const stamp = JSON.parse(firstLine.slice(PREFIX.length));
    const isStamp = Array.isArray(stamp?.files) && stamp.files.every((/** @type {unknown} */ file) => typeof file === "string") && typeof stamp.digest === "string";
    return isStamp ? stamp : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's first line (without its end), or undefined when it has none within 4 MiB.
 * @param {number} fd
 * @returns {string | undefined}
 */
function readFirstLine(fd) {
  const chunks = [];
  const chunk = Buffer.alloc(64 * 1024);
  for (let total = 0; total < 4 * 1024 * 1024; ) {
    const read = readSync(fd, chunk, 0, chunk.length, total);
    if (read === 0) return undefined;
    const end = chunk.subarray(0, read).indexOf(10);
    chunks.push(Buffer.from(chunk.subarray(0, end === -1 ? read : end)));
    if (end !== -1) return Buffer.concat(chunks).toString("utf8");
    total += read;
  }
  return undefined;
}

module.exports = { readBundleStamp, stampLine };
