import { MAX_REFERENTS } from "../inventory/referent";
import type { BlockKind } from "../inventory/siteBlocks";

/** What a grid's keys say about its repeatable parts. */
export interface GridShape {
  /** The numbers of the blocks of each kind that have rows in the grid, ascending (a gap means a block was removed). */
  readonly blockNumbers: Readonly<Record<BlockKind, readonly number[]>>;
  /** The highest block number of each kind, counting title rows too (0 when none). */
  readonly highestBlock: Readonly<Record<BlockKind, number>>;
  /** Référent rows to read: the highest référent number found, 6 at least. */
  readonly referentRows: number;
}

/** Numbers above this are not layout keys (the layout never has more blocks or référent rows). */
const MAX_NUMBER = 200;
const BLOCK_ROW_KEY = /^(fibre|interconnexion|isole)\[(\d+)\]\//;
const BLOCK_TITLE_KEY = /^block:(fibre|interconnexion|isole)\[(\d+)\]$/;
const REFERENT_KEY = /^referent\[(\d+)\]$/;

/** The kind and number of a block key, when in range. */
function blockOf(pattern: RegExp, key: string): { kind: BlockKind; number: number } | undefined {
  const match = pattern.exec(key);
  const number = Number(match?.[2]);
  return match && number >= 1 && number <= MAX_NUMBER ? { kind: match[1] as BlockKind, number } : undefined;
}

/** Discovers the blocks and référent rows present from the keys of a grid. */
export function gridShape(keys: Iterable<string>): GridShape {
  const withRows: Record<BlockKind, Set<number>> = { fibre: new Set(), interconnexion: new Set(), isole: new Set() };
  const highestBlock: Record<BlockKind, number> = { fibre: 0, interconnexion: 0, isole: 0 };
  let referentRows = MAX_REFERENTS;
  for (const key of keys) {
    const row = blockOf(BLOCK_ROW_KEY, key);
    if (row) withRows[row.kind].add(row.number);
    const block = row ?? blockOf(BLOCK_TITLE_KEY, key);
    if (block) highestBlock[block.kind] = Math.max(highestBlock[block.kind], block.number);
    const referent = Number(REFERENT_KEY.exec(key)?.[1]);
    if (referent >= 1 && referent <= MAX_NUMBER) referentRows = Math.max(referentRows, referent);
  }
  const sorted = (numbers: Set<number>) => [...numbers].sort((a, b) => a - b);
  return {
    blockNumbers: { fibre: sorted(withRows.fibre), interconnexion: sorted(withRows.interconnexion), isole: sorted(withRows.isole) },
    highestBlock,
    referentRows,
  };
}
