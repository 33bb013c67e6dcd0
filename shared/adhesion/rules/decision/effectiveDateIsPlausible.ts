import { EARLIEST_PLAUSIBLE_DATE, latestPlausibleDate } from "../../../calendar/plausibleDates";
import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { DecisionContext } from "./DecisionContext";

/** An adhesion takes effect from 2000-01-01 to the end of next year (1900, or 2099 for 2025, is a typing mistake). */
export const effectiveDateIsPlausible: AdhesionRule<DecisionContext> = {
  id: "decision.plausibleEffectiveDate",
  description: "La date d'effet d'une validation est comprise entre le 01/01/2000 et la fin de l'année prochaine.",
  check: ({ decision, today }) => {
    if (decision.decision !== "validate") return [];
    const { effectiveFrom } = decision;
    if (effectiveFrom < EARLIEST_PLAUSIBLE_DATE) {
      return [refusal(effectiveDateIsPlausible, "input", ["effectiveFrom"], `Date d'effet invalide (champ effectiveFrom) : une adhésion prend effet au plus tôt le ${formatFrenchDay(EARLIEST_PLAUSIBLE_DATE)}.`)];
    }
    const latest = latestPlausibleDate(today);
    if (effectiveFrom <= latest) return [];
    return [refusal(effectiveDateIsPlausible, "input", ["effectiveFrom"], `Date d'effet trop lointaine : une adhésion prend effet au plus tard le ${formatFrenchDay(latest)} (fin de l'année prochaine).`)];
  },
};
