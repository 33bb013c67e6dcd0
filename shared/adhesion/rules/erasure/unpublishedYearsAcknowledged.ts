import { adhesionChanges } from "../../adhesionChanges";
import { adhesionPeriods } from "../../adhesionPeriods";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { ErasureContext } from "./ErasureContext";
import { yearsHeld } from "./yearsHeld";

/**
 * Erasing a commune that took part in a year whose quote-parts are not published yet needs staff to
 * acknowledge it: its inventories gone, a later computation of that year would not bill it.
 */
export const unpublishedYearsAcknowledged: AdhesionRule<ErasureContext> = {
  id: "erasure.unpublishedYearsAcknowledged",
  description: "Effacer une commune qui a adhéré une année dont les quotes-parts ne sont pas publiées demande « acknowledgeUnpublishedYears ».",
  check: ({ communeName, history, today, publishedYears, acknowledgeUnpublishedYears }) => {
    const unpublished = yearsHeld(adhesionPeriods(adhesionChanges(history)), today).filter((year) => !publishedYears.includes(year));
    if (unpublished.length === 0 || acknowledgeUnpublishedYears) return [];
    const many = unpublished.length > 1;
    return [
      refusal(
        unpublishedYearsAcknowledged,
        "state",
        ["acknowledgeUnpublishedYears"],
        `Effacement à confirmer : ${communeName} a adhéré en ${unpublished.join(", ")}, année${many ? "s" : ""} dont les quotes-parts ne sont pas publiées. ` +
          `Ses inventaires effacés, les calculs à venir ne la compteraient plus et la Métropole porterait sa part. ` +
          `Publiez d'abord ${many ? "ces années" : "cette année"}, ou renvoyez la demande avec « acknowledgeUnpublishedYears » à true.`,
      ),
    ];
  },
};
