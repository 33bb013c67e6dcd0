import Decimal from "decimal.js";
import { BLOCK_DEFINITIONS } from "../../../inventory/siteBlocks";
import type { CheckContext } from "../../checkContext";
import { createFinding } from "../../createFinding";
import type { Finding } from "../../finding";
import { formatFrenchNumber } from "../../format/formatFrenchNumber";
import { rowMessage } from "../../format/rowMessage";
import { answerOf } from "../../model/answerOf";
import { rowSlots } from "../../model/rowSlots";
import type { RuleIdentity } from "../../rule";

function isCount(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 0;
}

/** A total of "Réseau de la Collectivité" and the block rows that add up to it. */
export interface BlockTotal {
  readonly totalRowId: string;
  readonly blockRowIds: readonly string[];
  /** What is summed, in plain words ("postes fixes, portables et tablettes"). */
  readonly summed: string;
}

/**
 * Compares a total with the sum of its rows over every site-configuration block, when set B is
 * chosen or any block is present. Nothing is compared while the total or a summed cell is blank or
 * not a count (0, 1, 2…): completeness and quality.quantity report those cells first.
 */
export function checkTotalAgainstBlocks(context: CheckContext, rule: RuleIdentity, spec: BlockTotal): Finding[] {
  const { sets, inventory } = context.submission;
  const blocks = BLOCK_DEFINITIONS.flatMap(({ kind }) => inventory.blocks[kind]);
  const totalSlot = rowSlots(inventory).find((slot) => slot.row.id === spec.totalRowId);
  const total = totalSlot?.answer?.quantity;
  if (totalSlot === undefined || !isCount(total) || (!sets.includes("B") && blocks.length === 0)) return [];
  const values = blocks.flatMap((block) => spec.blockRowIds.map((id) => answerOf(block.answers, id)?.quantity));
  if (!values.every(isCount)) return [];
  const sum = values.reduce((acc: Decimal, value) => acc.plus(value), new Decimal(0));
  if (sum.equals(total)) return [];
  const counted =
    blocks.length === 0
      ? "alors qu'aucune configuration de sites n'est décrite (0)"
      : `alors que les configurations de sites en comptent ${formatFrenchNumber(sum)} (${spec.summed})`;
  return [
    createFinding(context, rule, {
      sectionId: totalSlot.sectionId,
      rowId: spec.totalRowId,
      ref: totalSlot.ref("quantity"),
      message: `${rowMessage(totalSlot, `${formatFrenchNumber(total)} indiqués, ${counted}`)} ; corrigez le total ou les configurations de sites.`,
    }),
  ];
}
