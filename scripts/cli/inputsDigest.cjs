// @ts-check
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");

/**
 * The SHA-256 of `content`, in hex.
 * @param {string | Uint8Array} content
 * @returns {string}
 */
function sha256(content) {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * One digest for a list of files and their contents' SHA-256, in the list's order (names included:
 * a file renamed, added or removed changes it).
 * @param {ReadonlyArray<readonly [string, string]>} fileHashes [file relative to the root, SHA-256 of its content]
 * @returns {string}
 */
function digestOfHashes(fileHashes) {
  return sha256(fileHashes.map(([file, hash]) => `${file}\0${hash}\n`).join(""));
}

/**
 * The digest of `files` (relative to `root`, `/`-separated) as they are now, or undefined when one of
 * them cannot be read (deleted, moved).
 * @param {string} root
 * @param {readonly string[]} files
 * @returns {string | undefined}
 */
function inputsDigest(root, files) {
  /** @type {[string, string][]} */
  const fileHashes = [];
  for (const file of files) {
    try {
      fileHashes.push([file, sha256(readFileSync(path.join(root, file)))]);
    } catch {
      return undefined;
    }
  }
  return digestOfHashes(fileHashes);
}

module.exports = { inputsDigest, digestOfHashes, sha256 };
