import { adhesionsEndAfterStart } from "./adhesionsEndAfterStart";
import { customWeightsNameKnownIds } from "./customWeightsNameKnownIds";
import { invoicedItemsAreCostItems } from "./invoicedItemsAreCostItems";
import { itemsTotalIsWithinLimit } from "./itemsTotalIsWithinLimit";
import { noDuplicateIds } from "./noDuplicateIds";
import { participantsHaveWeights } from "./participantsHaveWeights";
import type { ScenarioRule } from "./ScenarioRule";
import { totalWeightIsPositive } from "./totalWeightIsPositive";

/** Every rule a scenario must satisfy once its shape is checked, in the order their problems are listed. */
export const scenarioRules: readonly ScenarioRule[] = [
  adhesionsEndAfterStart,
  noDuplicateIds,
  itemsTotalIsWithinLimit,
  customWeightsNameKnownIds,
  invoicedItemsAreCostItems,
  participantsHaveWeights,
  totalWeightIsPositive,
];
