import { WORKSTATION_ROW_IDS } from "../../../inventory/siteBlocks";
import type { Rule } from "../../rule";
import { checkTotalAgainstBlocks } from "./totalMatchesBlocks";

/** The total of postes equals the fixed, portable and tablet postes of all site configurations. */
export const totalPostesMatchesBlocks: Rule = {
  id: "quality.totalPostes",
  severity: "error",
  description:
    "Le nombre total de postes informatiques est égal à la somme des postes fixes, portables et tablettes de toutes les configurations de sites " +
    "(si l'ensemble B est choisi ou si des configurations sont décrites).",
  check: (context) =>
    checkTotalAgainstBlocks(context, totalPostesMatchesBlocks, {
      totalRowId: "reseau.totalPostes",
      blockRowIds: WORKSTATION_ROW_IDS,
      summed: "postes fixes, portables et tablettes",
    }),
};
