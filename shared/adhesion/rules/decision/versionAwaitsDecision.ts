import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { DecisionContext } from "./DecisionContext";

/** Staff decide on a version « déposée », once. */
export const versionAwaitsDecision: AdhesionRule<DecisionContext> = {
  id: "decision.awaitsDecision",
  description: "Une décision porte sur une version déposée, une seule fois.",
  check: ({ version }) =>
    version.status === "deposee"
      ? []
      : [refusal(versionAwaitsDecision, "state", [], `Décision impossible : la version ${version.number} est « ${version.status === "validee" ? "validée" : "à corriger"} ».`)],
};
