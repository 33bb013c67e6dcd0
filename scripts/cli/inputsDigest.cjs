// @ts-check
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");

/**
 * One SHA-256 over files and their contents, in the given order, each preceded by its name and
 * length (a file renamed, added, removed or moved between two others changes it). One hash for
 * all: a cold process pays for each hash object it creates.
 * @param {Iterable<readonly [string, Uint8Array]>} files [file as a stamp names it, its content]
 * @returns {string}
 */
function digestOfContents(files) {
  const hash = createHash("sha256");
  for (const [file, content] of files) hash.update(`${file}\0${content.length}\0`).update(content);
  return hash.digest("hex");
}

/**
 * The digest of `files` (relative to `root`, `/`-separated) as they are now, or undefined when one of
 * them cannot be read (deleted, moved).
 * @param {string} root
 * @param {readonly string[]} files
 * @returns {string | undefined}
 */
function inputsDigest(root, files) {
  /** @type {[string, Buffer][]} */
  const contents = [];
  for (const file of files) {
    try {
      contents.push([file, readFileSync(path.join(root, file))]);
    } catch {
      return undefined;
    }
  }
  return digestOfContents(contents);
}

module.exports = { inputsDigest, digestOfContents };
