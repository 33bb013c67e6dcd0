import { sameCommuneName } from "../../../inventory/sameCommuneName";
import { createFinding } from "../../createFinding";
import { isBlank } from "../../isBlank";
import type { Rule } from "../../rule";

/**
 * The commune's name is the official name of its INSEE code, however written (case, accents,
 * hyphens, « St »): a name and a code that disagree are a mistake to report, not to store. Runs
 * where the caller knows the official names (the API); a blank name is `completeness.identity`'s.
 */
export const communeNameIsOfficial: Rule = {
  id: "completeness.communeName",
  severity: "error",
  description: "Le nom de la commune est celui de son code INSEE.",
  check: (context) => {
    const { name, insee } = context.submission.commune;
    const official = context.officialName?.(insee);
    if (official === undefined || isBlank(name) || sameCommuneName(name, official)) return [];
    return [
      createFinding(context, communeNameIsOfficial, {
        sectionId: "identite",
        ref: { kind: "identity", field: "name" },
        message: `Identification de la commune : « ${name} » n'est pas le nom de la commune ${insee} (${official}) : corrigez le nom ou le code INSEE.`,
      }),
    ];
  },
};
