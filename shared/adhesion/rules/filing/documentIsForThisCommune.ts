import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { FilingContext } from "./FilingContext";

/** A draft or a deposit is filed under the commune it describes (422 `commune_differente` otherwise). */
export const documentIsForThisCommune: AdhesionRule<FilingContext> = {
  id: "filing.sameCommune",
  description: "Un brouillon ou un dépôt est enregistré sous la commune qu'il décrit.",
  check: ({ what, documentInsee, insee, communeName }) =>
    documentInsee === insee
      ? []
      : [refusal(documentIsForThisCommune, "content", ["commune.insee"], `${what} concerne la commune ${documentInsee}, pas ${insee} (${communeName}) : code INSEE attendu ${insee}.`, "commune_differente")],
};
