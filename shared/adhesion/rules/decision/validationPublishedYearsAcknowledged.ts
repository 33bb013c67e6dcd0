import { formatFrenchDay } from "../../../calendar/formatFrenchDate";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import { describePublishedYears } from "../describePublishedYears";
import { publishedYearsOfValidation } from "./publishedYearsOfValidation";
import type { DecisionContext } from "./DecisionContext";

/**
 * A validation effective inside a year whose quote-parts are published (it changes what the commune
 * adhered to then) is recorded only when staff acknowledge it, as a régularisation for finance.
 */
export const validationPublishedYearsAcknowledged: AdhesionRule<DecisionContext> = {
  id: "decision.publishedYearsAcknowledged",
  description: "Une validation qui modifie une année dont les quotes-parts sont publiées n'est enregistrée qu'avec « acknowledgePublishedYears » : elle devient une régularisation à reporter au prochain calcul.",
  check: (context) => {
    const { decision } = context;
    const touched = publishedYearsOfValidation(context);
    if (decision.decision !== "validate" || touched.length === 0 || decision.acknowledgePublishedYears === true) return [];
    return [
      refusal(
        validationPublishedYearsAcknowledged,
        "state",
        ["effectiveFrom", "acknowledgePublishedYears"],
        `Validation avec effet au ${formatFrenchDay(decision.effectiveFrom)} : ${describePublishedYears(touched)} ` +
          `Choisissez une date d'effet postérieure, ou confirmez avec « acknowledgePublishedYears » à true : elle sera inscrite comme régularisation à reporter au prochain calcul.`,
      ),
    ];
  },
};
