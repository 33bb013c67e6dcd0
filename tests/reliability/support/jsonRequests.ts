import fc from "fast-check";
import type { Submission } from "../../../shared/inventory/submissionSchema";
import type { FuzzRequest, FuzzRoute } from "./fuzzRequest";
import { hostileKey, hostileNumber, hostileString, hostileValue } from "./hostileValues";
import { Deep, toJsonText, type DuplicateKey } from "./toJsonText";

type Key = string | number;
type Path = readonly Key[];

/** An edit of the document as a value; `pick` chooses the node among the document's nodes of the right kind. */
type TreeEdit =
  | { readonly kind: "set"; readonly pick: number; readonly value: unknown }
  | { readonly kind: "setLeaf"; readonly leaf: "string" | "number"; readonly pick: number; readonly value: unknown; readonly answersOnly?: boolean }
  | { readonly kind: "remove"; readonly pick: number; readonly answersOnly?: boolean }
  | { readonly kind: "addKey"; readonly pick: number; readonly key: string; readonly value: unknown }
  | { readonly kind: "repeat"; readonly pick: number; readonly times: number };

/** An edit of the document's text or bytes. */
type TextEdit =
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "flip"; readonly bytes: readonly (readonly [number, number])[] }
  | { readonly kind: "bom" }
  | { readonly kind: "invalidUtf8"; readonly at: number }
  | { readonly kind: "hugeLiteral"; readonly at: number; readonly literal: string }
  | { readonly kind: "loose"; readonly form: "comment" | "trailingComma" | "singleQuotes" | "nan" };

/** Every path of the document, and the kind of node at it. */
function nodesOf(value: unknown, path: Key[] = [], out: { path: Path; node: unknown }[] = []): { path: Path; node: unknown }[] {
  out.push({ path: [...path], node: value });
  if (value !== null && typeof value === "object" && !(value instanceof Deep)) {
    for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) nodesOf(child, [...path, key], out);
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<Key, unknown> | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node !== null && typeof node === "object" ? (node as Record<Key, unknown>) : undefined;
}

/** Sets an own property, even `__proto__`, as JSON.parse would. */
function defineOwn(target: Record<Key, unknown>, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const describePath = (path: Path) => path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("") || "(racine)";

/** Applies a tree edit in place (the root may be replaced): the new root and a label. */
function applyTreeEdit(root: unknown, edit: TreeEdit): { root: unknown; label: string } {
  const nodes = nodesOf(root);
  const pickFrom = (candidates: { path: Path; node: unknown }[], pick: number) => candidates[pick % Math.max(1, candidates.length)];
  const replace = (path: Path, value: unknown) => {
    if (path.length === 0) return value;
    const parent = parentOf(root, path);
    if (parent) defineOwn(parent, path[path.length - 1] as Key, value);
    return root;
  };
  switch (edit.kind) {
    case "set": {
      const target = pickFrom(nodes, edit.pick);
      return target ? { root: replace(target.path, edit.value), label: `set ${describePath(target.path)}` } : { root, label: "set" };
    }
    case "setLeaf": {
      const leaves = nodes.filter(({ node, path }) => typeof node === edit.leaf && (!edit.answersOnly || path.includes("answers")));
      const target = pickFrom(leaves, edit.pick);
      return target ? { root: replace(target.path, edit.value), label: `set ${edit.leaf} ${describePath(target.path)}` } : { root, label: "setLeaf" };
    }
    case "remove": {
      const candidates = nodes.slice(1).filter(({ path }) => !edit.answersOnly || (path.includes("answers") && path[path.length - 1] !== "answers"));
      const target = pickFrom(candidates, edit.pick);
      if (!target) return { root, label: "remove" };
      const parent = parentOf(root, target.path);
      const key = target.path[target.path.length - 1] as Key;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (parent) delete parent[key];
      return { root, label: `remove ${describePath(target.path)}` };
    }
    case "addKey": {
      const objects = nodes.filter(({ node }) => node !== null && typeof node === "object" && !Array.isArray(node) && !(node instanceof Deep));
      const target = pickFrom(objects, edit.pick);
      if (target) defineOwn(target.node as Record<Key, unknown>, edit.key, edit.value);
      return { root, label: `add key ${JSON.stringify(edit.key)} at ${describePath(target?.path ?? [])}` };
    }
    case "repeat": {
      const arrays = nodes.filter(({ node }) => Array.isArray(node) && node.length > 0);
      const target = pickFrom(arrays, edit.pick);
      if (!target) return { root, label: "repeat" };
      const array = target.node as unknown[];
      const copies = Array.from({ length: edit.times }, () => structuredClone(array[0]));
      array.push(...copies);
      return { root, label: `repeat ${describePath(target.path)} ×${edit.times}` };
    }
  }
}

function applyTextEdit(text: string, edit: TextEdit): { bytes: Buffer; label: string } {
  switch (edit.kind) {
    case "truncate":
      return { bytes: Buffer.from(text.slice(0, edit.at % Math.max(1, text.length)), "utf8"), label: "truncated" };
    case "flip": {
      const bytes = Buffer.from(text, "utf8");
      for (const [at, value] of edit.bytes) bytes[at % bytes.length] = value;
      return { bytes, label: `${edit.bytes.length} byte(s) flipped` };
    }
    case "bom":
      return { bytes: Buffer.from(`\ufeff${text}`, "utf8"), label: "BOM" };
    case "invalidUtf8": {
      const bytes = Buffer.from(text, "utf8");
      const at = edit.at % bytes.length;
      return { bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), bytes.subarray(at)]), label: "invalid UTF-8" };
    }
    case "hugeLiteral": {
      const numbers = [...text.matchAll(/(?<=:)-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)];
      const match = numbers[edit.at % Math.max(1, numbers.length)];
      if (!match || match.index === undefined) return { bytes: Buffer.from(text, "utf8"), label: "hugeLiteral" };
      return { bytes: Buffer.from(`${text.slice(0, match.index)}${edit.literal}${text.slice(match.index + match[0].length)}`, "utf8"), label: `number literal ${edit.literal.slice(0, 20)}` };
    }
    case "loose": {
      const forms = {
        comment: () => `/* commentaire */${text}`,
        trailingComma: () => text.replace(/}$/, ",}"),
        singleQuotes: () => text.replace(/"/g, "'"),
        nan: () => text.replace(/(?<=:)\d+/, "NaN"),
      } as const;
      return { bytes: Buffer.from(forms[edit.form](), "utf8"), label: `loose JSON (${edit.form})` };
    }
  }
}

const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: hostileValue }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("setLeaf" as const), leaf: fc.constantFrom("string" as const, "number" as const), pick: fc.nat(), value: hostileValue }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("setLeaf" as const), leaf: fc.constant("number" as const), pick: fc.nat(), value: hostileNumber }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("setLeaf" as const), leaf: fc.constant("string" as const), pick: fc.nat(), value: hostileString }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("addKey" as const), pick: fc.nat(), key: hostileKey, value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeat" as const), pick: fc.nat(), times: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 190, max: 3_000 })) }) },
);

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("flip" as const), bytes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("bom" as const) }),
  fc.record({ kind: fc.constant("invalidUtf8" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("hugeLiteral" as const), at: fc.nat(), literal: fc.constantFrom("1e999", "-1e999", "123456789012345678901234567890", "1e-999", "0.0000000000000000000000001", "9".repeat(400), "-0") }),
  fc.record({ kind: fc.constant("loose" as const), form: fc.constantFrom("comment" as const, "trailingComma" as const, "singleQuotes" as const, "nan" as const) }),
);

/** Edits that keep every value's JSON type where the schema allows free values: the document reaches the checks and storage. */
const typedEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  fc.record({ kind: fc.constant("setLeaf" as const), leaf: fc.constant("number" as const), pick: fc.nat(), value: hostileNumber, answersOnly: fc.boolean() }),
  fc.record({ kind: fc.constant("setLeaf" as const), leaf: fc.constant("string" as const), pick: fc.nat(), value: hostileString, answersOnly: fc.boolean() }),
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat(), answersOnly: fc.constant(true) }),
);

const duplicateKey: fc.Arbitrary<DuplicateKey> = fc.record({ objectIndex: fc.nat(), value: hostileValue, first: fc.boolean() });

/** `arbitrary` in `weight` cases out of `weight + otherwise`, null in the others. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, weight: number, otherwise: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: otherwise, arbitrary: fc.constant(null) }, { weight, arbitrary });

const route: fc.Arbitrary<FuzzRoute> = fc.constantFrom<FuzzRoute>("submit", "submit", "submit", "draft", "validate");

/** Whole bodies that are not a submission at all. */
const strangeBody: fc.Arbitrary<{ text: string; label: string }> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({ text: JSON.stringify(value) ?? "null", label: "random JSON" })),
  fc.string({ unit: "binary", maxLength: 200 }).map((text) => ({ text, label: "random text" })),
  fc.integer({ min: 1_000, max: 400_000 }).map((depth) => ({ text: new Deep(depth, "array").toText(), label: `nested ${depth} deep` })),
  fc.constantFrom("", " ", "null", "[]", "{}", '""', "0", "true", "{", "}", "[{}]", '{"":""}', '{"__proto__":{"admin":true}}').map((text) => ({ text, label: `body ${JSON.stringify(text)}` })),
);

/**
 * Generated and mutated JSON submissions: a valid document with 1 to 4 edits of its tree (wrong
 * types, edge numbers, unicode, formulas, deep nesting, missing parts, hostile keys, thousands of
 * repeated rows), possibly a duplicated key or an edit of its text (truncated, bytes flipped,
 * invalid UTF-8, huge literals, loose JSON), or a body that is no submission at all.
 */
export function jsonRequests(bases: readonly Submission[]): fc.Arbitrary<FuzzRequest> {
  const base = fc.constantFrom(...bases);
  const edits = fc.oneof(fc.array(treeEdit, { minLength: 1, maxLength: 4 }), fc.array(typedEdit, { minLength: 1, maxLength: 3 }));
  const edited = fc.tuple(base, edits, sometimes(duplicateKey, 1, 6), sometimes(textEdit, 1, 3), route).map(([submission, edits, duplicate, text, to]) => {
    let root: unknown = structuredClone(submission);
    const labels: string[] = [];
    for (const edit of edits) {
      const applied = applyTreeEdit(root, edit);
      root = applied.root;
      labels.push(applied.label);
    }
    if (duplicate) labels.push("duplicated key");
    const json = toJsonText(root, duplicate ?? undefined);
    const final = text ? applyTextEdit(json, text) : { bytes: Buffer.from(json, "utf8"), label: "" };
    if (final.label) labels.push(final.label);
    return { label: labels.join("; "), route: to, contentType: "application/json", body: new Uint8Array(final.bytes) };
  });
  const strange = fc.tuple(strangeBody, route).map(([body, to]) => ({ label: body.label, route: to, contentType: "application/json", body: new Uint8Array(Buffer.from(body.text, "utf8")) }));
  return fc.oneof({ weight: 9, arbitrary: edited }, { weight: 1, arbitrary: strange });
}
