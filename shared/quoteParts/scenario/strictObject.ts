import { z } from "zod";
import { MISSING_FIELD } from "../../validation/parseWith";

/**
 * `z.strictObject` with French messages: an absent object is « champ obligatoire », and an unknown
 * field is named (a misspelt `roundng` must not silently fall back to the default).
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, expected: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return `champ inconnu : ${issue.keys.map((key) => `« ${key} »`).join(", ")}`;
      return issue.input === undefined ? MISSING_FIELD : `${expected} attendu`;
    },
  });
}
