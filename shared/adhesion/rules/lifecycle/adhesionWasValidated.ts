import { LIFECYCLE_EVENT_LABELS } from "../../lifecycleEvent";
import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/** Lifecycle events concern an adhesion: the commune has had a version validated. */
export const adhesionWasValidated: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.validatedAdhesion",
  description: "Un événement du cycle de vie suppose une adhésion validée.",
  check: ({ event, communeName, history }) =>
    history.some((entry) => entry.type === "validation")
      ? []
      : [refusal(adhesionWasValidated, "state", [], `${LIFECYCLE_EVENT_LABELS[event.type]} impossible : ${communeName} n'a pas d'adhésion validée.`)],
};
