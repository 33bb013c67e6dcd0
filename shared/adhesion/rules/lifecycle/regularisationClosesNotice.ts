import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { procedureState } from "../../procedureState";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/**
 * A régularisation closes a notice in progress: dated today or earlier, on or after the notice, for
 * sets under it (every set under a notice, when it names none).
 */
export const regularisationClosesNotice: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.regularisationClosesNotice",
  description: "Une régularisation clôt une mise en demeure en cours, pour les ensembles qu'elle vise ; elle n'est pas datée après aujourd'hui.",
  check: ({ event, communeName, history, today }) => {
    if (event.type !== "regularisation") return [];
    if (event.date > today) {
      return [refusal(regularisationClosesNotice, "input", ["date"], `Régularisation datée du ${formatFrenchDay(event.date)} (champ date) : on enregistre une régularisation constatée, datée d'aujourd'hui (${formatFrenchDay(today)}) au plus tard.`)];
    }
    const notices = procedureState(history).notices.filter((notice) => notice.date <= event.date);
    const under = new Set(notices.flatMap((notice) => notice.sets));
    if (under.size === 0) {
      return [refusal(regularisationClosesNotice, "state", ["date"], `Régularisation sans objet (champ date) : ${communeName} n'a aucune mise en demeure en cours au ${formatFrenchDay(event.date)}.`)];
    }
    const missing = (event.sets ?? []).filter((ref) => !under.has(ref) && !(ref === "C" && [...under].some((held) => held.startsWith("C:"))));
    if (missing.length === 0) return [];
    return [
      refusal(
        regularisationClosesNotice,
        "state",
        ["sets"],
        `Régularisation sans objet pour ${missing.join(", ")} (champ sets) : aucune mise en demeure en cours pour ${missing.length > 1 ? "ces ensembles" : "cet ensemble"} ; ` +
          `en cours : ${[...under].sort().join(", ")}.`,
      ),
    ];
  },
};
