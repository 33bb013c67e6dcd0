import { itemsTotalProblem } from "../scenario/itemsTotalProblem";
import type { ScenarioRule } from "./ScenarioRule";

/** The cost items add up to 999 999 999 999,99 € at most (every total then stays exact to the cent in every export). */
export const itemsTotalIsWithinLimit: ScenarioRule = (scenario) =>
  itemsTotalProblem(
    scenario.costItems.map((item) => item.amount),
    "costItems",
  );
