import { MAX_PLAUSIBLE_QUANTITY, MAX_QUANTITY } from "../../../inventory/maxPlausibleQuantity";
import { createFinding } from "../../createFinding";
import { formatFrenchNumber } from "../../format/formatFrenchNumber";
import { rowMessage } from "../../format/rowMessage";
import { rowSlots, type RowSlot } from "../../model/rowSlots";
import type { Rule } from "../../rule";

/** The figures the distribution keys read: totals of the network section, site blocks, users of each domain. */
const readByKeys = (slot: RowSlot) => slot.sectionId === "reseau" || slot.sectionId.startsWith("blocks.") || slot.domain !== undefined;

/**
 * No quantity is absurdly large: the figures the cost shares are computed from (agents, workstations,
 * sites, users) at most 100 000 000, any other quantity (files, volumes…) at most 15 digits.
 */
export const quantitiesArePlausible: Rule = {
  id: "quality.quantityRange",
  severity: "error",
  description: `Les quantités restent vraisemblables : ${formatFrenchNumber(MAX_PLAUSIBLE_QUANTITY)} au plus pour les agents, postes, sites et utilisateurs, 15 chiffres au plus ailleurs.`,
  check: (context) =>
    rowSlots(context.submission.inventory).flatMap((slot) => {
      const quantity = slot.answer?.quantity;
      const limit = readByKeys(slot) ? MAX_PLAUSIBLE_QUANTITY : MAX_QUANTITY;
      if (quantity === undefined || quantity <= limit) return [];
      const text = `valeur invraisemblable (${formatFrenchNumber(quantity)} saisi) : ${formatFrenchNumber(limit)} au plus — vérifiez la saisie`;
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
