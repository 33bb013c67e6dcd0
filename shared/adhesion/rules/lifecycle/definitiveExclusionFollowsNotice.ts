import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { adhesionChanges } from "../../adhesionChanges";
import { adhesionPeriods } from "../../adhesionPeriods";
import { daysBetween } from "../../../calendar/daysBetween";
import { namedRefs, procedureState, refsHeldOn } from "../../procedureState";
import { refusal, type AdhesionRule, type RuleRefusal } from "../AdhesionRule";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/**
 * A definitive exclusion (partial or total) is « de plein droit » only for sets under a notice whose
 * 3-month deadline has passed without régularisation, and is dated on or after that deadline.
 */
export const definitiveExclusionFollowsNotice: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.definitiveExclusionAfterNotice",
  description:
    "Une exclusion définitive ne vise que des ensembles mis en demeure dont l'échéance de 3 mois est passée sans régularisation, et prend effet à cette échéance ou après.",
  check: ({ event, communeName, history, today }) => {
    if (event.type !== "exclusion" || event.temporary) return [];
    const refs = namedRefs(event.sets, refsHeldOn(adhesionPeriods(adhesionChanges(history)), event.date));
    const notices = procedureState(history).notices.filter((notice) => notice.date <= event.date);
    const unnoticed = refs.filter((ref) => !notices.some((notice) => notice.sets.includes(ref)));
    const refusals: RuleRefusal[] = [];
    if (unnoticed.length > 0) {
      refusals.push(
        refusal(
          definitiveExclusionFollowsNotice,
          "state",
          ["sets"],
          `Exclusion définitive impossible pour ${unnoticed.join(", ")} (champ sets) : aucune mise en demeure en cours au ${formatFrenchDay(event.date)}. ` +
            `L'exclusion définitive suit une mise en demeure restée sans régularisation pendant 3 mois ; en cas grave, enregistrez une exclusion temporaire (temporary: true).`,
        ),
      );
    }
    for (const notice of notices) {
      const concerned = notice.sets.filter((ref) => refs.includes(ref));
      if (concerned.length === 0) continue;
      if (notice.deadline <= today && notice.deadline <= event.date) continue;
      const left = daysBetween(today, notice.deadline);
      refusals.push(
        refusal(
          definitiveExclusionFollowsNotice,
          "state",
          ["date"],
          `Exclusion définitive de ${concerned.join(", ")} impossible avant le ${formatFrenchDay(notice.deadline)} (champ date) : la mise en demeure du ${formatFrenchDay(notice.date)} ` +
            `laisse à ${communeName} jusqu'à cette date pour régulariser${left > 0 ? ` (encore ${left} jour${left > 1 ? "s" : ""})` : ""}.`,
        ),
      );
    }
    return refusals;
  },
};
