import { formatPath } from "../../validation/formatPath";
import type { ScenarioRule } from "./ScenarioRule";

/** A member's invoiced items are cost items of the scenario, each named once. */
export const invoicedItemsAreCostItems: ScenarioRule = (scenario) => {
  const items = new Set(scenario.costItems.map((item) => item.id));
  return scenario.members.flatMap((member, memberIndex) =>
    member.invoicedItems.flatMap((id, index) => {
      const path = formatPath(["members", memberIndex, "invoicedItems", index]);
      if (!items.has(id)) return [{ path, message: `poste de coût inconnu « ${id} » : la refacturation directe porte sur un poste de coût du scénario` }];
      return member.invoicedItems.indexOf(id) < index ? [{ path, message: `poste de coût « ${id} » cité deux fois` }] : [];
    }),
  );
};
