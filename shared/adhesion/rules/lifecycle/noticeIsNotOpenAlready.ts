import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { adhesionChanges } from "../../adhesionChanges";
import { adhesionPeriods } from "../../adhesionPeriods";
import { namedRefs, procedureState, refsHeldOn } from "../../procedureState";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/** A set is under one notice at a time: a second one, before a régularisation or the exclusion, is refused. */
export const noticeIsNotOpenAlready: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.oneNoticeAtATime",
  description: "Un ensemble n'est sous le coup que d'une mise en demeure à la fois.",
  check: ({ event, communeName, history }) => {
    if (event.type !== "mise_en_demeure") return [];
    const sets = JSON.stringify([...(event.sets ?? [])].sort());
    const same = history.find((entry) => entry.type === "mise_en_demeure" && entry.date === event.date && JSON.stringify([...(entry.sets ?? [])].sort()) === sets);
    if (same) {
      return [refusal(noticeIsNotOpenAlready, "state", ["date", "sets"], `Mise en demeure déjà enregistrée pour ${communeName} au ${formatFrenchDay(event.date)}${event.sets ? ` (${event.sets.join(", ")})` : ""}.`)];
    }
    const refs = namedRefs(event.sets, refsHeldOn(adhesionPeriods(adhesionChanges(history)), event.date));
    const open = procedureState(history).notices.filter((notice) => notice.sets.some((ref) => refs.includes(ref)));
    return open.map((notice) => {
      const sets = notice.sets.filter((ref) => refs.includes(ref));
      return refusal(
        noticeIsNotOpenAlready,
        "state",
        ["sets"],
        `Mise en demeure déjà en cours pour ${sets.join(", ")} (champ sets) : celle du ${formatFrenchDay(notice.date)} laisse à ${communeName} jusqu'au ${formatFrenchDay(notice.deadline)} pour régulariser. ` +
          `Enregistrez la régularisation, ou l'exclusion une fois cette échéance passée.`,
      );
    });
  },
};
