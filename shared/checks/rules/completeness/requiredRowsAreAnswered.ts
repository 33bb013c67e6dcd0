import type { AnswerColumn } from "../../../inventory/cellRef";
import type { RowDefinition } from "../../../inventory/rowDefinition";
import { createFinding } from "../../createFinding";
import { formatFrenchNumber } from "../../format/formatFrenchNumber";
import { rowMessage } from "../../format/rowMessage";
import { isBlank } from "../../isBlank";
import { isRowRequired } from "../../model/isRowRequired";
import { rowSlots, type RowSlot } from "../../model/rowSlots";
import type { Rule } from "../../rule";

interface Missing {
  readonly column: AnswerColumn;
  readonly text: string;
}

function askQuantity(row: RowDefinition): string {
  const what = row.input.quantity === "integer" ? "le nombre" : "la quantité";
  const unit = row.unit === undefined ? "" : ` (${row.unit})`;
  const zero = row.input.description === "whenUsed" ? "0 si non utilisé" : "0 s'il n'y en a pas";
  return `indiquez ${what}${unit} ; ${zero}`;
}

/** The cells of a required row still to fill: Description, then Quantité. */
function missingCells({ row, answer }: RowSlot): Missing[] {
  const quantity = answer?.quantity;
  const blankDescription = isBlank(answer?.description);
  const missing: Missing[] = [];
  if (row.input.description === "required" && blankDescription) {
    missing.push({ column: "description", text: "décrivez l'existant dans la colonne Description (écrivez « aucun » s'il n'y en a pas)" });
  }
  if (row.input.description === "whenUsed" && blankDescription && quantity !== undefined && quantity > 0) {
    missing.push({
      column: "description",
      text: `nommez dans la colonne Description le logiciel ou l'équipement utilisé (quantité indiquée : ${formatFrenchNumber(quantity)})`,
    });
  }
  if (row.input.quantity !== undefined && quantity === undefined) missing.push({ column: "quantity", text: askQuantity(row) });
  return missing;
}

/**
 * Every row the chosen sets make mandatory is answered: its quantity where it has one (blank is
 * never 0), its description where required, or where used (quantity above 0).
 */
export const requiredRowsAreAnswered: Rule = {
  id: "completeness.requiredRow",
  severity: "error",
  description:
    "Chaque ligne exigée par les ensembles choisis est renseignée : toujours les totaux ; B : infrastructure centrale, chaque configuration de sites, " +
    "applicatifs du poste, wifi et vidéoprotection sauf rubrique « sans objet » ; A : la ligne SIG ; C : la rubrique applicative de chaque domaine choisi.",
  check: (context) =>
    rowSlots(context.submission.inventory)
      .filter((slot) => isRowRequired(slot, context.submission))
      .flatMap((slot) =>
        missingCells(slot).map(({ column, text }) =>
          createFinding(context, requiredRowsAreAnswered, {
            sectionId: slot.sectionId,
            rowId: slot.row.id,
            ref: slot.ref(column),
            message: `${rowMessage(slot, text)}.`,
          }),
        ),
      ),
};
