import { formatPath } from "../../validation/formatPath";
import type { ScenarioRule } from "./ScenarioRule";

/** An adhesion's end (`to`, excluded) comes after its start (`from`). */
export const adhesionsEndAfterStart: ScenarioRule = (scenario) =>
  scenario.members.flatMap((member, memberIndex) =>
    member.adhesions.flatMap((adhesion, index) =>
      adhesion.to !== undefined && adhesion.to <= adhesion.from
        ? [{ path: formatPath(["members", memberIndex, "adhesions", index, "to"]), message: "la date de fin (exclue) doit être postérieure à la date de début" }]
        : [],
    ),
  );
