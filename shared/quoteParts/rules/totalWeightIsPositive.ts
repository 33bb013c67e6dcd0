import { formatPath } from "../../validation/formatPath";
import { weightReaderOf } from "../weights/weightReaderOf";
import type { ScenarioRule } from "./ScenarioRule";

/**
 * The weights of a cost item's participants (Métropole included) do not all equal 0, since each
 * share is divided by their sum. Items with a missing weight are left to `participantsHaveWeights`.
 */
export const totalWeightIsPositive: ScenarioRule = (scenario, participation) =>
  scenario.costItems.flatMap((item, index) => {
    const weights = [scenario.metropole, ...(participation[index] ?? []).map(({ member }) => member)].map(weightReaderOf(item));
    if (weights.some((weight) => weight === undefined || weight > 0)) return [];
    return [{ path: formatPath(["costItems", index]), message: `poids total nul pour le poste de coût ${item.id} (clé ${item.key}) : tous les participants, Métropole comprise, ont un poids 0` }];
  });
