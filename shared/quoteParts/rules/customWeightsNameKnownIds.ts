import { formatPath } from "../../validation/formatPath";
import type { ScenarioRule } from "./ScenarioRule";

/** The weights of a `custom` item are given to the Métropole or to communes of the scenario, nobody else. */
export const customWeightsNameKnownIds: ScenarioRule = (scenario) => {
  const known = new Set([scenario.metropole.id, ...scenario.members.map((member) => member.id)]);
  return scenario.costItems.flatMap((item, index) =>
    Object.keys(item.weights ?? {})
      .filter((id) => !known.has(id))
      .map((id) => ({
        path: formatPath(["costItems", index, "weights", id]),
        message: `identifiant inconnu « ${id} » : ni le SIREN de la Métropole ni le code INSEE d'une commune du scénario`,
      })),
  );
};
