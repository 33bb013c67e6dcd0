import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import { describePublishedYears } from "../describePublishedYears";
import { eventLabel } from "./eventLabel";
import type { LifecycleEventContext } from "./LifecycleEventContext";
import { publishedYearsOfEvent } from "./publishedYearsOfEvent";

/**
 * A withdrawal, an exclusion or a réintégration that changes a year whose quote-parts are published
 * is recorded only when staff acknowledge it (`acknowledgePublishedYears`), as a régularisation for
 * finance to carry into the next run.
 */
export const publishedYearsAcknowledged: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.publishedYearsAcknowledged",
  description: "Un événement qui modifie une année dont les quotes-parts sont publiées n'est enregistré qu'avec « acknowledgePublishedYears » : il devient une régularisation à reporter au prochain calcul.",
  check: (context) => {
    const { event } = context;
    const touched = publishedYearsOfEvent(context);
    if (touched.length === 0 || ("acknowledgePublishedYears" in event && event.acknowledgePublishedYears === true)) return [];
    return [
      refusal(
        publishedYearsAcknowledged,
        "state",
        ["date", "acknowledgePublishedYears"],
        `${eventLabel(event)} daté du ${formatFrenchDay(event.date)} : ${describePublishedYears(touched)} ` +
          `Pour l'enregistrer quand même, renvoyez-le avec « acknowledgePublishedYears » à true : il sera inscrit comme régularisation à reporter au prochain calcul.`,
      ),
    ];
  },
};
