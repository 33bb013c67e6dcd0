import { formatPath } from "../../validation/formatPath";
import type { CostItemsRule } from "./CostItemsRule";

/** The weights of a `custom` item name the Métropole (its SIREN) or communes of the EPCI, nobody else. */
export const customWeightsNameParties: CostItemsRule = (document, parties) => {
  const known = new Set([parties.metropoleId, ...parties.communeIds]);
  return document.items.flatMap((item, index) =>
    Object.keys(item.weights ?? {})
      .filter((id) => !known.has(id))
      .map((id) => ({
        path: formatPath(["items", index, "weights", id]),
        message: `identifiant inconnu « ${id} » : ni le SIREN de la Métropole (${parties.metropoleId}) ni le code INSEE d'une commune membre`,
      })),
  );
};
