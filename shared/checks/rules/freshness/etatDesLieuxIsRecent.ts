import { addCalendarMonths } from "../../../calendar/addCalendarMonths";
import { createFinding } from "../../createFinding";
import { compareCalendarDates, parseCalendarDate } from "../../../calendar/calendarDate";
import { formatFrenchDate } from "../../../calendar/formatFrenchDate";
import type { Rule } from "../../rule";

/**
 * The état des lieux is at most `maxAgeMonths` calendar months old: it stays valid up to the same
 * day that many months later, or the last day of that month when it is shorter.
 */
export const etatDesLieuxIsRecent: Rule = {
  id: "freshness.maxAge",
  severity: "error",
  description: "L'état des lieux date de moins de N mois (N fixé par la campagne, 6 par défaut), au dépôt comme à la validation.",
  check: (context) => {
    const { etatDesLieux } = context.submission.inventory;
    if (etatDesLieux === null) return [];
    const date = parseCalendarDate(etatDesLieux);
    const limit = addCalendarMonths(date, context.maxAgeMonths);
    if (compareCalendarDates(parseCalendarDate(context.today), limit) <= 0) return [];
    return [
      createFinding(context, etatDesLieuxIsRecent, {
        sectionId: "identite",
        ref: { kind: "identity", field: "etatDesLieux" },
        message:
          `Date de l'état des lieux : l'inventaire du ${formatFrenchDate(date)} a plus de ${context.maxAgeMonths} mois ; ` +
          `il n'était valable que jusqu'au ${formatFrenchDate(limit)}. Mettez-le à jour et indiquez sa nouvelle date.`,
      }),
    ];
  },
};
