import type { Answer } from "../../inventory/inventorySchema";

/** The answer of a row in a record of answers keyed by row id (undefined: the row is blank). */
export function answerOf(answers: Partial<Record<string, Answer>>, rowId: string): Answer | undefined {
  return answers[rowId];
}
