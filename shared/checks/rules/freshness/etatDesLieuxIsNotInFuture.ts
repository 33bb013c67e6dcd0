import { createFinding } from "../../createFinding";
import { compareCalendarDates, parseCalendarDate } from "../../../calendar/calendarDate";
import { formatFrenchDate } from "../../../calendar/formatFrenchDate";
import type { Rule } from "../../rule";

/** The état des lieux is not dated after the day of the check. */
export const etatDesLieuxIsNotInFuture: Rule = {
  id: "freshness.notInFuture",
  severity: "error",
  description: "La date de l'état des lieux n'est pas dans le futur.",
  check: (context) => {
    const { etatDesLieux } = context.submission.inventory;
    if (etatDesLieux === null) return [];
    const [date, today] = [parseCalendarDate(etatDesLieux), parseCalendarDate(context.today)];
    if (compareCalendarDates(date, today) <= 0) return [];
    return [
      createFinding(context, etatDesLieuxIsNotInFuture, {
        sectionId: "identite",
        ref: { kind: "identity", field: "etatDesLieux" },
        message:
          `Date de l'état des lieux : le ${formatFrenchDate(date)} est postérieur à aujourd'hui (${formatFrenchDate(today)}) ; ` +
          "indiquez la date à laquelle l'inventaire a été établi.",
      }),
    ];
  },
};
