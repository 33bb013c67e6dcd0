import type { Rule } from "../../rule";
import { checkTotalAgainstBlocks } from "./totalMatchesBlocks";

/** The total of sites equals the "Nombre de sites" of all site configurations. */
export const totalSitesMatchesBlocks: Rule = {
  id: "quality.totalSites",
  severity: "error",
  description:
    "Le nombre total de sites est égal à la somme des « Nombre de sites » de toutes les configurations de sites " +
    "(si l'ensemble B est choisi ou si des configurations sont décrites).",
  check: (context) =>
    checkTotalAgainstBlocks(context, totalSitesMatchesBlocks, {
      totalRowId: "reseau.totalSites",
      blockRowIds: ["site.nombreSites"],
      summed: "lignes « Nombre de sites »",
    }),
};
