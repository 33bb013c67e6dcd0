import type { Answer, Inventory } from "../../../../shared/inventory/inventorySchema";
import type { BlockKind } from "../../../../shared/inventory/siteBlocks";
import type { Submission } from "../../../../shared/inventory/submissionSchema";

type Answers = Partial<Record<string, Answer>>;

function setAnswer(answers: Answers, rowId: string, answer: Answer | undefined): void {
  if (answer === undefined) delete answers[rowId];
  else answers[rowId] = answer;
}

/** A copy with one fixed row answered differently (undefined: the row left blank). */
export function withAnswer(submission: Submission, rowId: string, answer: Answer | undefined): Submission {
  const copy = structuredClone(submission);
  setAnswer(copy.inventory.answers, rowId, answer);
  return copy;
}

/** A copy with one row of one block answered differently (undefined: left blank). */
export function withBlockAnswer(submission: Submission, kind: BlockKind, index: number, rowId: string, answer: Answer | undefined): Submission {
  const copy = structuredClone(submission);
  const block = copy.inventory.blocks[kind][index];
  if (!block) throw new Error(`no ${kind} block ${index} in the example`);
  setAnswer(block.answers, rowId, answer);
  return copy;
}

/** A copy with some inventory fields replaced. */
export function withInventory(submission: Submission, patch: Partial<Inventory>): Submission {
  return { ...structuredClone(submission), inventory: { ...structuredClone(submission.inventory), ...patch } };
}
