import { z } from "zod";
import { parseSetRef } from "../../catalogue/setRef";
import { amountSchema } from "./amountSchema";
import { MAX_AMOUNT_NUMBER } from "./maxAmount";
import { DISTRIBUTION_KEYS } from "./distributionKeys";
import { fieldError } from "../../validation/fieldError";
import { nonBlankTextSchema } from "./nonBlankTextSchema";
import { quoteValue } from "../../validation/quoteValue";
import { setRefSchema } from "./setRefSchema";
import { strictObject } from "./strictObject";
import { weightRecordSchema } from "./weightRecordSchema";

const keySchema = z
  .enum(DISTRIBUTION_KEYS, {
    error: fieldError((input) => `clé de répartition inconnue ${quoteValue(input)} : attendu ${DISTRIBUTION_KEYS.join(", ")}`),
  })
  .default("postes");

// Custom weights are often the participations in euros of a CLECT table: bounded like an amount.
const customWeightsSchema = weightRecordSchema(() => undefined, { value: MAX_AMOUNT_NUMBER, text: "999 999 999 999,99" });

/**
 * A mutualised cost item: id, label, set, amount in euros, distribution key (default `postes`)
 * and, for the `custom` key only, the weight of each participant by id.
 */
export const costItemSchema = strictObject(
  { id: nonBlankTextSchema, label: nonBlankTextSchema, set: setRefSchema, amount: amountSchema, key: keySchema, weights: customWeightsSchema.optional() },
  "poste de coût { id, label, set, amount, key }",
).superRefine((item, context) => {
  if (item.key === "users" && parseSetRef(item.set)?.domain === undefined) {
    const message = `la clé « users » exige un ensemble C:<domaine> (ensemble « ${item.set} » ici)`;
    context.addIssue({ code: "custom", path: ["key"], message });
  }
  if (item.key === "custom" && item.weights === undefined) {
    const message = "la clé « custom » exige des poids « weights » (identifiant → poids, Métropole comprise)";
    context.addIssue({ code: "custom", path: ["weights"], message });
  }
  if (item.key !== "custom" && item.weights !== undefined) {
    context.addIssue({ code: "custom", path: ["weights"], message: "des poids « weights » ne sont admis qu'avec la clé « custom »" });
  }
});

