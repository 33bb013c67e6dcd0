import { implausibleDateReason } from "../../../calendar/plausibleDates";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import { eventLabel } from "./eventLabel";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/** An event is dated from 2000-01-01 to the end of next year (an exclusion dated 1900 or a withdrawal dated 2099 is a typing mistake). */
export const eventDateIsPlausible: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.plausibleDate",
  description: "La date d'un événement est comprise entre le 01/01/2000 et la fin de l'année prochaine.",
  check: ({ event, today }) => {
    const reason = implausibleDateReason(event.date, today);
    return reason ? [refusal(eventDateIsPlausible, "input", ["date"], `${eventLabel(event)} : date invalide (champ date) : ${reason}.`)] : [];
  },
};
