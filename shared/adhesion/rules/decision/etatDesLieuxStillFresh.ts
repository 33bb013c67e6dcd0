import { etatDesLieuxIsNotInFuture } from "../../../checks/rules/freshness/etatDesLieuxIsNotInFuture";
import { etatDesLieuxIsRecent } from "../../../checks/rules/freshness/etatDesLieuxIsRecent";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { DecisionContext } from "./DecisionContext";

/** The état des lieux is fresh again on the day of a validation (PRODUCT.md §3: at submission and at validation). */
export const etatDesLieuxStillFresh: AdhesionRule<DecisionContext> = {
  id: "decision.freshAtValidation",
  description: "À la validation, l'état des lieux n'est ni dans le futur ni plus vieux que la limite de la campagne.",
  check: ({ decision, submission, today, maxAgeMonths }) => {
    if (decision.decision !== "validate" || !submission) return [];
    const context = { submission, today, maxAgeMonths, locate: () => undefined };
    const stale = [etatDesLieuxIsRecent, etatDesLieuxIsNotInFuture].flatMap((rule) => rule.check(context)).filter((finding) => finding.severity === "error");
    if (stale.length === 0) return [];
    return [
      refusal(
        etatDesLieuxStillFresh,
        "content",
        [],
        `Validation impossible : ${stale.map((finding) => finding.message).join(" ")} Retournez la version avec le motif « outdated ».`,
        "etat_des_lieux_perime",
      ),
    ];
  },
};
