import type { CellRef } from "../inventory/cellRef";
import type { BlockKind } from "../inventory/siteBlocks";
import type { GridShape } from "./gridShape";

/**
 * Maps a cell of the sheet's numbering to its place in the submission: blocks are numbered as
 * found (configurations 1, 3 → positions 0, 1). Undefined for a cell of a block absent from the grid.
 */
export function renumberBlocks(shape: GridShape): (ref: CellRef) => CellRef | undefined {
  const positions = new Map<string, number>();
  for (const kind of Object.keys(shape.blockNumbers) as BlockKind[]) {
    shape.blockNumbers[kind].forEach((number, position) => positions.set(`${kind}[${number}]`, position));
  }
  return (ref) => {
    if (ref.kind !== "blockRow") return ref;
    const index = positions.get(`${ref.block}[${ref.index + 1}]`);
    return index === undefined ? undefined : { ...ref, index };
  };
}
