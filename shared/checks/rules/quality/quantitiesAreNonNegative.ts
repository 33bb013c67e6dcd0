import { createFinding } from "../../createFinding";
import { formatFrenchNumber } from "../../format/formatFrenchNumber";
import { rowMessage } from "../../format/rowMessage";
import { rowSlots } from "../../model/rowSlots";
import type { Rule } from "../../rule";

function problemWith(kind: "integer" | "decimal", quantity: number): string | undefined {
  const typed = `(et non ${formatFrenchNumber(quantity)})`;
  if (kind === "integer" && (!Number.isInteger(quantity) || quantity < 0)) return `indiquez un nombre entier, positif ou nul ${typed}`;
  if (kind === "decimal" && quantity < 0) return `indiquez une quantité positive ou nulle ${typed}`;
  return undefined;
}

/** Counts are whole numbers of 0 or more; measures (km, volumes) are numbers of 0 or more. */
export const quantitiesAreNonNegative: Rule = {
  id: "quality.quantity",
  severity: "error",
  description: "Les quantités sont positives ou nulles, et entières là où l'on compte (postes, sites, utilisateurs…).",
  check: (context) =>
    rowSlots(context.submission.inventory).flatMap((slot) => {
      const kind = slot.row.input.quantity;
      const quantity = slot.answer?.quantity;
      const problem = kind === undefined || quantity === undefined ? undefined : problemWith(kind, quantity);
      if (problem === undefined) return [];
      return [
        createFinding(context, quantitiesAreNonNegative, {
          sectionId: slot.sectionId,
          rowId: slot.row.id,
          ref: slot.ref("quantity"),
          message: `${rowMessage(slot, problem)}.`,
        }),
      ];
    }),
};
