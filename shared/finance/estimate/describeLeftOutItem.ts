import { formatSetRef, parseSetRef } from "../../catalogue/setRef";
import type { NotEstimableItem } from "../AdhesionEstimate";
import { figureLabel } from "./figureLabel";
import type { LeftOutItem } from "./triageCostItems";

const KEY_PHRASES = {
  postes: "au prorata des postes informatiques",
  agents: "au prorata des agents",
  sites: "au prorata des sites",
  users: "au prorata des utilisateurs de son domaine",
  equal: "à parts égales",
  custom: "par poids fixés par la Métropole",
} as const;

/** Why an item is left out of a commune's estimate, in French, as a DGS can act on it. */
function reasonMessage({ item, reason, figure, missing }: LeftOutItem, communeName: string): string {
  const poste = `Le poste « ${item.label} » se répartit ${KEY_PHRASES[item.key]}`;
  switch (reason) {
    case "customWeightNotSet":
      return `${poste} : la part de ${communeName} ne peut être estimée qu'une fois son poids fixé.`;
    case "figureMissing":
      return `${poste} : il manque le chiffre « ${figureLabel(figure ?? "")} » de ${communeName} (voir les chiffres à compléter).`;
    case "othersFiguresMissing":
      return missing === "metropole"
        ? `${poste} : la Métropole n'a pas encore donné son propre chiffre, la part de ${communeName} ne peut pas encore être estimée.`
        : `${poste} : des communes qui y participent n'ont pas encore leur chiffre (ou leur poids), la part de ${communeName} ne peut pas encore être estimée.`;
    case "zeroTotalWeight":
      return `${poste} : tous ses participants, Métropole comprise, ont un poids nul, il ne peut pas être réparti.`;
  }
}

/** An item left out of the estimate as the answer shows it: counted as 0, with why. */
export function describeLeftOutItem(leftOut: LeftOutItem, communeName: string): NotEstimableItem {
  const { item } = leftOut;
  const set = parseSetRef(item.set);
  return {
    item: item.id,
    label: item.label,
    set: set ? formatSetRef(set) : item.set,
    key: item.key,
    reason: leftOut.reason,
    message: reasonMessage(leftOut, communeName),
  };
}
