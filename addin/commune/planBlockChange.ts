import type { BlockKind } from "../../shared/inventory/siteBlocks";
import { renameAfterRemoval } from "../sheet/renameAfterRemoval";
import { gridKeys } from "../sheet/gridKeys";
import type { TemplatePlan } from "../sheet/TemplatePlan";
import type { Grid } from "../workbook/Grid";
import { MAX_BLOCKS_PER_KIND } from "./blockLimits";
import { planSheetRebuild } from "./planSheetRebuild";

/** A change of the repeatable site configurations. */
export type BlockChange = { readonly kind: BlockKind; readonly action: "add" } | { readonly kind: BlockKind; readonly action: "remove"; readonly number: number };

/**
 * Plans the sheet with one configuration more (at the end of its kind) or one less (the blocks after
 * it renumbered), every value carried over. Undefined when the change is impossible (a sheet
 * without keys, a block that does not exist, the limit of 50 reached).
 */
export function planBlockChange(grid: Grid, change: BlockChange, print: boolean): TemplatePlan | undefined {
  const keys = gridKeys(grid);
  if (!keys) return undefined;
  const counts = keys.shape.highestBlock;
  const current = counts[change.kind];
  if (change.action === "add") {
    if (current >= MAX_BLOCKS_PER_KIND) return undefined;
    return planSheetRebuild(grid, { blocks: { ...counts, [change.kind]: current + 1 }, print });
  }
  if (change.number < 1 || change.number > current) return undefined;
  return planSheetRebuild(grid, { blocks: { ...counts, [change.kind]: current - 1 }, renameKey: renameAfterRemoval(change.kind, change.number), print });
}
