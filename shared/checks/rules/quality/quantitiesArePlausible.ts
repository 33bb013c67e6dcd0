import { MAX_PLAUSIBLE_QUANTITY } from "../../../inventory/maxPlausibleQuantity";
import { createFinding } from "../../createFinding";
import { formatFrenchNumber } from "../../format/formatFrenchNumber";
import { rowMessage } from "../../format/rowMessage";
import { rowSlots } from "../../model/rowSlots";
import type { Rule } from "../../rule";


/** No quantity is absurdly large (1e300 agents would take the whole of an agents-keyed share). */
export const quantitiesArePlausible: Rule = {
  id: "quality.quantityRange",
  severity: "error",
  description: `Les quantités restent vraisemblables : ${formatFrenchNumber(MAX_PLAUSIBLE_QUANTITY)} au plus, totaux d'agents, de postes et de sites compris.`,
  check: (context) =>
    rowSlots(context.submission.inventory).flatMap((slot) => {
      const quantity = slot.answer?.quantity;
      if (quantity === undefined || quantity <= MAX_PLAUSIBLE_QUANTITY) return [];
      const text = `valeur invraisemblable (${formatFrenchNumber(quantity)} saisi) : ${formatFrenchNumber(MAX_PLAUSIBLE_QUANTITY)} au plus — vérifiez la saisie`;
      return [
        createFinding(context, quantitiesArePlausible, {
          sectionId: slot.sectionId,
          rowId: slot.row.id,
          ref: slot.ref("quantity"),
          message: `${rowMessage(slot, text)}.`,
        }),
      ];
    }),
};
