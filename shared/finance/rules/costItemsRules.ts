import type { CostItemsRule } from "./CostItemsRule";
import { customWeightsNameParties } from "./customWeightsNameParties";
import { itemIdsAreUnique } from "./itemIdsAreUnique";
import { itemsAreListed } from "./itemsAreListed";
import { itemsTotalIsWithinLimit } from "./itemsTotalIsWithinLimit";

/** Every rule a cost-items document must satisfy once its shape is checked, in the order their problems are listed. */
export const costItemsRules: readonly CostItemsRule[] = [itemsAreListed, itemIdsAreUnique, itemsTotalIsWithinLimit, customWeightsNameParties];
