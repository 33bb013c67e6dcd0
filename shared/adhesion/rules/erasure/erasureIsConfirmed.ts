import { ofCommune } from "../../../inventory/ofCommune";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { ErasureContext } from "./ErasureContext";

/** The request repeats the commune's INSEE code: an erasure cannot hit the wrong commune by a slip. */
export const erasureIsConfirmed: AdhesionRule<ErasureContext> = {
  id: "erasure.confirmed",
  description: "La demande d'effacement répète le code INSEE de la commune.",
  check: ({ confirm, insee, communeName }) =>
    confirm === insee ? [] : [refusal(erasureIsConfirmed, "state", ["confirm"], `Confirmation incorrecte : saisissez le code INSEE ${insee} ${ofCommune(communeName)}.`)],
};
