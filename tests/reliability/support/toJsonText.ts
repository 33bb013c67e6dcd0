/** A value nested `depth` levels deep (arrays or objects), written as text: too deep for JSON.stringify's recursion. */
export class Deep {
  constructor(
    readonly depth: number,
    readonly kind: "array" | "object",
  ) {}

  /** The JSON text of the nesting, around a 0. */
  toText(): string {
    return this.kind === "array" ? `${"[".repeat(this.depth)}0${"]".repeat(this.depth)}` : `${'{"a":'.repeat(this.depth)}0${"}".repeat(this.depth)}`;
  }
}

/** A key written twice in one object of the document: the `objectIndex`-th object in document order (modulo their count). */
export interface DuplicateKey {
  readonly objectIndex: number;
  readonly value: unknown;
  /** The extra value comes first (the original then wins with JSON.parse) or last (it wins). */
  readonly first: boolean;
}

/** Counts the objects of a value (the candidates for a duplicated key). */
function countObjects(value: unknown): number {
  if (value instanceof Deep || value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return (Array.isArray(value) ? 0 : 1) + children.reduce((sum: number, child) => sum + countObjects(child), 0);
}

/**
 * JSON text of a value that may hold {@link Deep} nodes, optionally with a key written twice in one
 * of its objects (which JSON.stringify cannot produce).
 */
export function toJsonText(value: unknown, duplicate?: DuplicateKey): string {
  const objects = countObjects(value);
  const target = duplicate && objects > 0 ? duplicate.objectIndex % objects : -1;
  let seen = 0;
  const write = (node: unknown): string => {
    if (node instanceof Deep) return node.toText();
    if (node === null || typeof node !== "object") return JSON.stringify(node) ?? "null";
    if (Array.isArray(node)) return `[${node.map(write).join(",")}]`;
    const index = seen;
    seen += 1;
    const members = Object.entries(node).map(([key, child]) => `${JSON.stringify(key)}:${write(child)}`);
    const firstKey = Object.keys(node)[0];
    if (index === target && duplicate && firstKey !== undefined) {
      const extra = `${JSON.stringify(firstKey)}:${write(duplicate.value)}`;
      if (duplicate.first) members.unshift(extra);
      else members.push(extra);
    }
    return `{${members.join(",")}}`;
  };
  return write(value);
}
