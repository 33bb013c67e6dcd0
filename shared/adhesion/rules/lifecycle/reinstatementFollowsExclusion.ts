import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { LifecycleEventContext } from "./LifecycleEventContext";

/** A réintégration follows an exclusion. */
export const reinstatementFollowsExclusion: AdhesionRule<LifecycleEventContext> = {
  id: "lifecycle.reinstatementAfterExclusion",
  description: "Une réintégration suppose une exclusion.",
  check: ({ event, communeName, history }) =>
    event.type === "reintegration" && !history.some((entry) => entry.type === "exclusion")
      ? [refusal(reinstatementFollowsExclusion, "state", [], `Réintégration impossible : ${communeName} n'a pas été exclue.`)]
      : [],
};
