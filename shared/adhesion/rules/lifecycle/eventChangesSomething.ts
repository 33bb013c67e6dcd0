import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { adhesionChanges } from "../../adhesionChanges";
import { refsNotHeldOn, refsWithoutEffect } from "../../refsWithoutEffect";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import { eventLabel } from "./eventLabel";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/**
 * An event changes something on the sets it names (every set, when it names none): a withdrawal or
 * an exclusion of sets held (or excluded) at its date, a notice of sets held, a réintégration of
 * sets excluded. (A régularisation has its own rule.)
 */
export const eventChangesSomething: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.withEffect",
  description: "Un retrait, une exclusion, une mise en demeure ou une réintégration change quelque chose aux ensembles qu'il nomme à sa date.",
  check: ({ event, communeName, history }) => {
    if (event.type === "regularisation") return [];
    const changes = adhesionChanges(history);
    const idle =
      event.type === "mise_en_demeure"
        ? refsNotHeldOn(changes, event.date, event.sets)
        : refsWithoutEffect(changes, {
            date: event.date,
            kind: event.type === "reintegration" ? "resume" : "end",
            ...(event.type === "exclusion" ? { suspends: true } : {}),
            ...(event.sets ? { refs: event.sets } : {}),
          });
    if (idle.length === 0) return [];
    const on = formatFrenchDay(event.date);
    const label = eventLabel(event);
    const all = idle[0] === "*";
    if (event.type === "reintegration") {
      return [
        refusal(
          eventChangesSomething,
          "state",
          [all ? "date" : "sets"],
          all
            ? `${label} sans effet (champ date) : ${communeName} n'a aucun ensemble exclu à réintégrer au ${on}.`
            : `${label} sans effet pour ${idle.join(", ")} (champ sets) : aucune exclusion de ${idle.length > 1 ? "ces ensembles" : "cet ensemble"} à lever au ${on}.`,
        ),
      ];
    }
    return [
      refusal(
        eventChangesSomething,
        "state",
        all ? ["date"] : ["sets", "date"],
        all
          ? `${label} sans effet (champ date) : ${communeName} n'adhère à aucun ensemble au ${on}.`
          : `${label} sans effet pour ${idle.join(", ")} (champs sets et date) : ${communeName} n'y adhère pas au ${on}.`,
      ),
    ];
  },
};
