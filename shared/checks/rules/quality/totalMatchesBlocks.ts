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
 * chosen or any block is present, as soon as both sides can be read: the total is a count and the
 * summed cells that are filled are counts (0, 1, 2…). While some summed cells are still blank, the
 * total is compared with what is filled, the message counting the blank cells (blank is not 0:
 * filling them may settle it; completeness reports them too): the mismatch shows at the first
 * attempt, not only once the blanks are filled. A sum equal to the total is never a finding. Nothing is
 * compared while the total or a filled summed cell is not a count (quality.quantity reports it).
 */
export function checkTotalAgainstBlocks(context: CheckContext, rule: RuleIdentity, spec: BlockTotal): Finding[] {
  const { sets, inventory } = context.submission;
  const blocks = BLOCK_DEFINITIONS.flatMap(({ kind }) => inventory.blocks[kind]);
  const totalSlot = rowSlots(inventory).find((slot) => slot.row.id === spec.totalRowId);
  const total = totalSlot?.answer?.quantity;
  if (totalSlot === undefined || !isCount(total) || (!sets.includes("B") && blocks.length === 0)) return [];
  const values = blocks.flatMap((block) => spec.blockRowIds.map((id) => answerOf(block.answers, id)?.quantity));
  const filled = values.filter((value) => value !== undefined);
  if (!filled.every(isCount)) return [];
  const blank = values.length - filled.length;
  const sum = filled.reduce((acc: Decimal, value) => acc.plus(value), new Decimal(0));
  if (sum.equals(total)) return [];
  const counted =
    blocks.length === 0
      ? "alors qu'aucune configuration de sites n'est décrite (0)"
      : blank === 0
        ? `alors que les configurations de sites en comptent ${formatFrenchNumber(sum)} (${spec.summed})`
        : `alors que les configurations de sites en comptent déjà ${formatFrenchNumber(sum)} (${spec.summed}), sans compter ${blank === 1 ? "une cellule encore vide" : `${blank} cellules encore vides`}`;
  return [
    createFinding(context, rule, {
      sectionId: totalSlot.sectionId,
      rowId: spec.totalRowId,
      ref: totalSlot.ref("quantity"),
      message: `${rowMessage(totalSlot, `${formatFrenchNumber(total)} indiqués, ${counted}`)} ; corrigez le total ou les configurations de sites.`,
    }),
  ];
}
