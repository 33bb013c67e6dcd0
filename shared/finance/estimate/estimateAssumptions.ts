import { formatFrenchDay } from "../../calendar/formatFrenchDate";
import type { EstimateMode } from "../AdhesionEstimate";
import { describeRefs } from "../../catalogue/describeRefs";
import type { ProspectivePeriods } from "./prospectivePeriods";

/** What the assumptions of an estimate are drawn from. */
export interface AssumptionFacts {
  readonly communeName: string;
  readonly refs: readonly string[];
  readonly from: string;
  readonly mode: EstimateMode;
  readonly sets: ProspectivePeriods;
  readonly year: number;
  readonly costItemsYear: number;
  readonly prorata: "monthly" | "daily";
  readonly rounding: "cent" | "euro";
  /** `brouillon` or `version <n>`. */
  readonly figuresFrom: string;
  readonly leftOut: number;
  readonly missingFigures: number;
}

/** The sentence on the sets counted: added to those held (default) or replacing them. */
function setsSentence({ communeName, refs, from, mode, sets }: AssumptionFacts): string[] {
  const day = formatFrenchDay(from);
  const asked = describeRefs(refs);
  // Nothing held: adding and replacing are the same, and said the same way.
  if (sets.held.length === 0) return [`${communeName} ne détient aucun ensemble au ${day} : l'estimation compte ${asked} à partir de cette date.`];
  if (mode === "remplacer") {
    const held = `ceux que ${communeName} détient au ${day} (${describeRefs(sets.held)})`;
    const ended = sets.ended.length > 0 ? [`${describeRefs(sets.ended)} prendrai${sets.ended.length > 1 ? "en" : ""}t fin le ${day}.`] : [];
    return [`Les ensembles demandés (${asked}) remplacent ${held}, comme le ferait la validation d'un dépôt qui ne choisit qu'eux.`, ...ended];
  }
  const already = refs.filter((ref) => sets.held.includes(ref) || (ref.startsWith("C:") && sets.held.includes("C")));
  const alreadySentence = already.length > 0 ? [`${describeRefs(already)} : déjà détenu${already.length > 1 ? "s" : ""} au ${day}, rien ne change.`] : [];
  return [
    `Les ensembles demandés (${asked}) s'ajoutent à ceux que ${communeName} détient au ${day} (${describeRefs(sets.held)}) : l'estimation compte ${describeRefs(sets.selection)} à partir de cette date, sans rien retirer.`,
    ...alreadySentence,
  ];
}

/**
 * What an estimate assumes, in French, one sentence each: the sets counted (added to those held, or
 * replacing them and which end), the year and its cost items (last year's when it has none), the
 * prorata and rounding, where the commune's figures and the others' come from, what is left out,
 * and that it is no bill.
 */
export function estimateAssumptions(facts: AssumptionFacts): string[] {
  const { communeName, year, costItemsYear, figuresFrom } = facts;
  const prorata = facts.prorata === "monthly" ? "au mois (un mois compte quand l'adhésion est effective le 1er du mois)" : "au jour (jours d'adhésion sur les jours de l'année)";
  const costItems =
    costItemsYear === year
      ? `Estimation pour ${year}, avec les postes de coût de ${year} saisis par la direction des finances.`
      : `Les postes de coût de ${year} ne sont pas encore saisis : l'estimation pour ${year} reprend ceux de ${costItemsYear}, montants inchangés.`;
  const source = figuresFrom === "brouillon" ? "son brouillon de description organique" : `sa description organique déposée (${figuresFrom})`;
  return [
    ...setsSentence(facts),
    costItems,
    `Prorata ${prorata}, arrondi ${facts.rounding === "euro" ? "à l'euro" : "au centime"}.`,
    `Les chiffres de ${communeName} (postes, agents, sites, utilisateurs par domaine) sont lus dans ${source}.`,
    "Les autres communes sont comptées comme elles adhèrent aujourd'hui, avec les chiffres de leur dernière description organique validée, et la Métropole avec les siens.",
    ...(facts.missingFigures > 0 ? [`Des chiffres manquent dans la description organique de ${communeName} : l'estimation est donnée pour le reste (voir les chiffres à compléter).`] : []),
    ...(facts.leftOut > 0 ? [`${facts.leftOut} poste${facts.leftOut > 1 ? "s" : ""} ne peu${facts.leftOut > 1 ? "vent" : "t"} pas être estimé${facts.leftOut > 1 ? "s" : ""} et compte${facts.leftOut > 1 ? "nt" : ""} pour 0 dans le total (voir les postes non estimés).`] : []),
    `Estimation indicative : ce que ${communeName} paiera est fixé par le calcul que la Métropole publie pour l'année.`,
  ];
}
