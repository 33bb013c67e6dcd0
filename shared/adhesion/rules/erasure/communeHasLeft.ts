import { adhesionChanges } from "../../adhesionChanges";
import { adhesionPeriods } from "../../adhesionPeriods";
import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { ErasureContext } from "./ErasureContext";

/** A commune's data is erased only once it adheres to nothing any more (its withdrawal has taken effect). */
export const communeHasLeft: AdhesionRule<ErasureContext> = {
  id: "erasure.communeHasLeft",
  description: "Une commune n'est effacée qu'une fois partie : plus aucun ensemble en vigueur.",
  check: ({ communeName, history, today }) => {
    const current = adhesionPeriods(adhesionChanges(history)).filter((period) => period.to === undefined || period.to > today);
    if (current.length === 0) return [];
    const sets = current.map((period) => period.set).join(", ");
    const ends = current.flatMap((period) => period.to ?? []).sort();
    const last = ends.length === current.length ? ends.at(-1) : undefined;
    return [
      refusal(
        communeHasLeft,
        "state",
        [],
        last
          ? `Effacement impossible avant le ${formatFrenchDay(last)} : ${communeName} adhère encore (${sets}) jusqu'à cette date, où prend effet son retrait.`
          : `Effacement impossible : ${communeName} adhère encore (${sets}). Enregistrez d'abord son retrait.`,
      ),
    ];
  },
};
