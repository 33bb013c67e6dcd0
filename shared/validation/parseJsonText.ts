import { formatPath } from "./formatPath";
import { NUMBER_TOO_LARGE } from "./parseWith";
import type { Problem, Result } from "./problem";

/** Where JSON.parse stopped, as French " (ligne L, colonne C)" when its (English, never shown) message says. */
function whereParsingStopped(error: unknown, text: string): string {
  const position = /at position (\d+)|position (\d+)/.exec(error instanceof Error ? error.message : "");
  const offset = position?.[1] ?? position?.[2];
  if (offset === undefined) return "";
  const before = text.slice(0, Number(offset)).split("\n");
  return ` (ligne ${before.length}, colonne ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** A value met while walking a document, with how it was reached (its path is built only for a problem). */
interface Visit {
  readonly value: unknown;
  readonly key?: PropertyKey;
  readonly parent?: Visit;
}

function pathOf(visit: Visit): string {
  const keys: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return formatPath(keys.reverse());
}

/**
 * What JSON.parse accepts but no schema can be trusted with: an own `__proto__` key (a record
 * schema would drop it without a word) and a number beyond a double's range (`1e400` reads as
 * Infinity). Each named by its path; the walk is iterative and linear (deep nesting neither
 * overflows the stack nor copies paths).
 */
function unsafeValues(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const pending: Visit[] = [{ value: root }];
  while (pending.length > 0 && problems.length < 20) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (typeof value === "number" && !Number.isFinite(value)) problems.push({ path: pathOf(visit), message: NUMBER_TOO_LARGE });
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, "__proto__")) problems.push({ path: pathOf({ value: undefined, key: "__proto__", parent: visit }), message: "nom de champ « __proto__ » refusé (réservé)" });
    for (const [key, item] of Object.entries(value)) pending.push({ value: item, key, parent: visit });
  }
  return problems;
}

/**
 * Reads a JSON text (a leading UTF-8 byte-order mark is ignored, as Windows editors write it), or
 * says in French why it cannot: empty (`empty` is that message), invalid JSON with the line and
 * column when known, a `__proto__` key or a number too large for a double, by path.
 */
export function parseJsonText(text: string, empty: string): Result<unknown> {
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (json.trim() === "") return { ok: false, problems: [{ path: "", message: empty }] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `JSON invalide${whereParsingStopped(error, json)} : vérifiez les virgules, guillemets, crochets et accolades` }] };
  }
  const problems = unsafeValues(value);
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}
