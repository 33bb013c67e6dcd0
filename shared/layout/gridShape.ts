import { MAX_REFERENTS } from "../inventory/referent";
import type { BlockKind } from "../inventory/siteBlocks";
import { numberedKey } from "./numberedKey";

/** What a grid's keys say about its repeatable parts. */
export interface GridShape {
  /** The numbers of the blocks of each kind that have rows in the grid, ascending (a gap means a block was removed). */
  readonly blockNumbers: Readonly<Record<BlockKind, readonly number[]>>;
  /** The highest block number of each kind, counting title rows too (0 when none). */
  readonly highestBlock: Readonly<Record<BlockKind, number>>;
  /** Référent rows to read: the highest référent number found, 6 at least. */
  readonly referentRows: number;
}

/** Discovers the blocks and référent rows present from the keys of a grid. */
export function gridShape(keys: Iterable<string>): GridShape {
  const withRows: Record<BlockKind, Set<number>> = { fibre: new Set(), interconnexion: new Set(), isole: new Set() };
  const highestBlock: Record<BlockKind, number> = { fibre: 0, interconnexion: 0, isole: 0 };
  let referentRows = MAX_REFERENTS;
  for (const key of keys) {
    const numbered = numberedKey(key);
    if (numbered?.part === "referent") referentRows = Math.max(referentRows, numbered.number);
    if (numbered?.part !== "block") continue;
    if (!numbered.title) withRows[numbered.kind].add(numbered.number);
    highestBlock[numbered.kind] = Math.max(highestBlock[numbered.kind], numbered.number);
  }
  const sorted = (numbers: Set<number>) => [...numbers].sort((a, b) => a - b);
  return {
    blockNumbers: { fibre: sorted(withRows.fibre), interconnexion: sorted(withRows.interconnexion), isole: sorted(withRows.isole) },
    highestBlock,
    referentRows,
  };
}
