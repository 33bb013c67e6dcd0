import { formatPath } from "../../validation/formatPath";
import type { Problem } from "../../validation/problem";
import { weightNameOf } from "../weights/weightNameOf";
import { weightReaderOf } from "../weights/weightReaderOf";
import type { ScenarioRule } from "./ScenarioRule";

/**
 * Every participant of a cost item — each covered commune and the Métropole — has the weight the
 * item's key reads (`postes`, `users:3`, or its entry in a `custom` item's weights). One problem per
 * missing figure, listing the items that need it.
 */
export const participantsHaveWeights: ScenarioRule = (scenario, participation) => {
  const missing = new Map<string, { readonly what: string; readonly who: string; readonly items: string[] }>();
  const report = (path: string, what: string, who: string, item: string) => {
    const entry = missing.get(path) ?? { what, who, items: [] };
    entry.items.push(item);
    missing.set(path, entry);
  };
  scenario.costItems.forEach((item, itemIndex) => {
    const name = weightNameOf(item);
    const weightOf = weightReaderOf(item);
    const what = name === undefined ? "poids" : `poids « ${name} »`;
    const pathOf = (owner: readonly PropertyKey[], id: string) =>
      formatPath(name === undefined ? ["costItems", itemIndex, "weights", id] : [...owner, "weights", name]);
    for (const { index, member } of participation[itemIndex] ?? []) {
      if (weightOf(member) === undefined) report(pathOf(["members", index], member.id), what, `la commune ${member.id} (${member.name})`, item.id);
    }
    if (weightOf(scenario.metropole) === undefined) {
      report(pathOf(["metropole"], scenario.metropole.id), what, `la Métropole ${scenario.metropole.id}`, item.id);
    }
  });
  return [...missing].map(([path, { what, who, items }]): Problem => ({
    path,
    message: `${what} manquant pour ${who}, participante au(x) poste(s) de coût : ${items.join(", ")}`,
  }));
};
