import { formatPath } from "../../validation/formatPath";
import type { Problem } from "../../validation/problem";
import type { ScenarioRule } from "./ScenarioRule";

function duplicates(records: readonly { readonly id: string }[], list: string, what: string): Problem[] {
  const firstIndex = new Map<string, number>();
  return records.flatMap((record, index) => {
    const first = firstIndex.get(record.id);
    if (first === undefined) firstIndex.set(record.id, index);
    return first === undefined ? [] : [{ path: formatPath([list, index, "id"]), message: `${what} en double « ${record.id} » (déjà en ${list}[${first}])` }];
  });
}

/** No two communes share an INSEE code, no two cost items share an id. */
export const noDuplicateIds: ScenarioRule = (scenario) => [
  ...duplicates(scenario.members, "members", "code INSEE"),
  ...duplicates(scenario.costItems, "costItems", "identifiant de poste de coût"),
];
