import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/** A temporary exclusion (« sans délai, à titre préventif ») takes effect at once: dated today or earlier, never in the future. */
export const temporaryExclusionIsImmediate: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.temporaryExclusionImmediate",
  description: "Une exclusion temporaire prend effet immédiatement : elle n'est pas datée après aujourd'hui.",
  check: ({ event, today }) =>
    event.type === "exclusion" && event.temporary && event.date > today
      ? [
          refusal(
            temporaryExclusionIsImmediate,
            "input",
            ["date"],
            `Exclusion temporaire datée du ${formatFrenchDay(event.date)} (champ date) : elle s'applique sans délai, à titre préventif ; datez-la d'aujourd'hui (${formatFrenchDay(today)}) au plus tard.`,
          ),
        ]
      : [],
};
