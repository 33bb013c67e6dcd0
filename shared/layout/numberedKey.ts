import type { BlockKind } from "../inventory/siteBlocks";

/** What a numbered key names: a row (or the title row) of a block, or a référent row; numbers as the sheet shows them (1-based). */
export type NumberedKey =
  | { readonly part: "block"; readonly kind: BlockKind; readonly number: number; readonly title: boolean }
  | { readonly part: "referent"; readonly number: number };

/** Numbers above this are not layout keys (the layout never has more blocks or référent rows). */
const MAX_NUMBER = 200;
const BLOCK_ROW_KEY = /^(fibre|interconnexion|isole)\[(\d+)\]\//;
const BLOCK_TITLE_KEY = /^block:(fibre|interconnexion|isole)\[(\d+)\]$/;
const REFERENT_KEY = /^referent\[(\d+)\]$/;

const inRange = (number: number) => number >= 1 && number <= MAX_NUMBER;

/** The block or référent row a key names, when it is a numbered key in range; undefined otherwise. */
export function numberedKey(key: string): NumberedKey | undefined {
  const block = BLOCK_ROW_KEY.exec(key) ?? BLOCK_TITLE_KEY.exec(key);
  if (block) {
    const number = Number(block[2]);
    return inRange(number) ? { part: "block", kind: block[1] as BlockKind, number, title: key.startsWith("block:") } : undefined;
  }
  const number = Number(REFERENT_KEY.exec(key)?.[1]);
  return inRange(number) ? { part: "referent", number } : undefined;
}
