import { INSEE_CODE } from "../../shared/identifiers/inseeCode";

/** Every path parameter of the route table, documented once: `{insee}` is always a commune's INSEE code. */
export const PATH_PARAMETERS: Readonly<Record<string, { description: string; schema: Record<string, unknown> }>> = {
  insee: { description: "Code INSEE de la commune (5 caractères)", schema: { type: "string", pattern: INSEE_CODE.source, example: "21231" } },
  version: { description: "Numéro de version déposée (1, 2…)", schema: { type: "integer", minimum: 1 } },
  year: { description: "Année budgétaire", schema: { type: "integer", minimum: 2000, maximum: 2100, example: 2025 } },
  runId: { description: "Identifiant d'un calcul de quotes-parts", schema: { type: "string" } },
};
