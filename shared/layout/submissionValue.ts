import type { CellRef } from "../inventory/cellRef";
import type { Answer } from "../inventory/inventorySchema";
import type { Submission } from "../inventory/submissionSchema";
import type { CellValue } from "./sheetLayout";

const choice = (chosen: boolean): string => (chosen ? "Oui" : "Non");
const text = (value: string | undefined): CellValue => (value === undefined || value === "" ? null : value);

function answerValue(answer: Answer | undefined, column: "description" | "quantity"): CellValue {
  return column === "quantity" ? (answer?.quantity ?? null) : text(answer?.description);
}

/**
 * What the cell `ref` shows for a submission: text, a number, an ISO date `YYYY-MM-DD`, Oui/Non
 * for choices, or null for a blank cell (a missing answer is blank, never 0).
 */
export function submissionValue(submission: Submission, ref: CellRef): CellValue {
  const { inventory } = submission;
  switch (ref.kind) {
    case "identity":
      return ref.field === "etatDesLieux" ? inventory.etatDesLieux : text(submission.commune[ref.field]);
    case "set":
      return choice(submission.sets.includes(ref.set));
    case "domain":
      return choice(submission.domains.includes(ref.domain));
    case "referent":
      return text(inventory.referents[ref.index]?.[ref.field]);
    case "row":
      return answerValue((inventory.answers as Readonly<Record<string, Answer | undefined>>)[ref.rowId], ref.column);
    case "blockRow": {
      const answers: Readonly<Record<string, Answer | undefined>> | undefined = inventory.blocks[ref.block][ref.index]?.answers;
      return answerValue(answers?.[ref.rowId], ref.column);
    }
    case "notApplicable":
      return choice(inventory.notApplicable.includes(ref.sectionId));
  }
}
