import type { RowDefinition } from "../inventory/rowDefinition";
import { correctedLabelNote } from "./correctedLabelNote";
import { ROW_HINTS } from "./rowHints";

/**
 * What the sheet writes in the Domaine column of a row of the model, before its label: the hint
 * of the row (what to count, the unit) and the annex's wording when the label corrects it; null
 * when there is neither. The reader never reads it.
 */
export function rowNote(definition: RowDefinition): string | null {
  const notes = [ROW_HINTS[definition.id], definition.annexLabel === undefined ? undefined : correctedLabelNote(definition.annexLabel)].filter((note) => note !== undefined);
  return notes.length === 0 ? null : notes.join(". ");
}
