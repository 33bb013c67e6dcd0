const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path of keys and indexes as `a.b[2].c`, or `answers["reseau.totalSites"]` for keys that are not identifiers (empty for the root). */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && !IDENTIFIER.test(key)) text += `[${JSON.stringify(key)}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}
