// @ts-check
const { readBundleStamp } = require("./bundleStamp.cjs");
const { inputsDigest } = require("./inputsDigest.cjs");

/**
 * Whether the compiled tool at `bundlePath` exists and was built from exactly the files as they are
 * now: every file its stamp lists is re-read and hashed (contents, not modification times: a file
 * restored with an old date, or edited within the same second, still counts as changed).
 * @param {string} root the project root the stamp's paths are relative to
 * @param {string} bundlePath
 * @returns {boolean}
 */
function isBundleFresh(root, bundlePath) {
  const stamp = readBundleStamp(bundlePath);
  return stamp !== undefined && inputsDigest(root, stamp.files) === stamp.digest;
}

module.exports = { isBundleFresh };
