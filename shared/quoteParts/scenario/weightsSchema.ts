import { weightRecordSchema } from "./weightRecordSchema";

const WEIGHT_NAME = /^(?:postes|agents|sites|users:(?:[1-9]|1[0-6]))$/;

/**
 * The figures of a commune or of the Métropole: `postes`, `agents`, `sites` and `users:<domain>`
 * (users of a C domain), each a non-negative number. Absent means « no figures ».
 */
export const weightsSchema = weightRecordSchema((key) =>
  WEIGHT_NAME.test(key) ? undefined : `clé de poids inconnue « ${key} » : attendu postes, agents, sites ou users:<domaine de 1 à 16>`,
).default({});
