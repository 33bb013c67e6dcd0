import { refusal, type AdhesionRule } from "../AdhesionRule";
import type { DecisionContext } from "./DecisionContext";

/** Staff decide on the commune's latest version: an earlier one has been superseded. */
export const versionIsTheLatest: AdhesionRule<DecisionContext> = {
  id: "decision.latestVersion",
  description: "Une décision porte sur la dernière version déposée par la commune.",
  check: ({ version, latestVersion }) =>
    latestVersion === version.number ? [] : [refusal(versionIsTheLatest, "state", [], `Une version plus récente (${latestVersion}) a été déposée : examinez-la.`)],
};
