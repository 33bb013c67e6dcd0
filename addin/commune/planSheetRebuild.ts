import { TEMPLATE_VERSION } from "../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../shared/layout/buildSheetLayout";
import { DEFAULT_BLOCK_COUNTS } from "../../shared/layout/defaultBlockCounts";
import type { PlacedValue } from "../../shared/layout/renderGrid";
import type { BlockCounts } from "../../shared/layout/sheetLayout";
import { carryInputValues } from "../sheet/carryInputValues";
import { gridKeys } from "../sheet/gridKeys";
import { planTemplateWrite } from "../sheet/planTemplateWrite";
import type { TemplatePlan } from "../sheet/TemplatePlan";
import type { Grid } from "../workbook/Grid";
import { placeRef } from "./placeRef";

/** The commune the sheet is prepared for (from the signed-in account). */
export interface CommuneIdentity {
  readonly insee: string;
  readonly name: string;
}

/** How to (re)draw the sheet. */
export interface RebuildOptions {
  /** The commune, written in the identity cells when they are blank. */
  readonly identity?: CommuneIdentity;
  /** Block counts of the new sheet (default: those the sheet shows, or the annex's for a new sheet). */
  readonly blocks?: BlockCounts;
  /** Renames the old rows' keys (a block removed); identity by default. */
  readonly renameKey?: (key: string) => string | undefined;
  /** The host has ExcelApi 1.9: add the page setup. */
  readonly print: boolean;
}

/**
 * Plans the sheet "Description organique" drawn anew from the current template — for a new sheet,
 * a repair, or a block added or removed — with every value the sheet holds carried over by row key,
 * raw, so nothing typed is lost; the commune's name and INSEE code fill the identity cells if blank.
 */
export function planSheetRebuild(grid: Grid | undefined, options: RebuildOptions): TemplatePlan {
  const keys = grid ? gridKeys(grid) : undefined;
  const blocks = options.blocks ?? keys?.shape.highestBlock ?? DEFAULT_BLOCK_COUNTS;
  const layout = buildSheetLayout({ blocks, templateVersion: TEMPLATE_VERSION, ...(keys ? { referentRows: keys.shape.referentRows } : {}) });
  const carried = grid ? carryInputValues(grid, layout, options.renameKey) : [];
  const filled = new Set(carried.map((value) => `${value.row}:${value.column}`));
  const identity: PlacedValue[] = options.identity
    ? [...placeRef(layout, { kind: "identity", field: "name" }, options.identity.name), ...placeRef(layout, { kind: "identity", field: "insee" }, options.identity.insee)]
    : [];
  return planTemplateWrite(layout, [...carried, ...identity.filter((value) => !filled.has(`${value.row}:${value.column}`))], { print: options.print });
}
