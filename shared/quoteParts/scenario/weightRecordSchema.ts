import { z } from "zod";
import { fieldError } from "../../validation/fieldError";

const isPlainObject = (input: unknown): input is Record<string, unknown> => typeof input === "object" && input !== null && !Array.isArray(input);

/**
 * An object of weights, each a finite number, zero or more (decimals allowed: 12.5 agents ETP);
 * `keyProblem` says what is wrong with a key, if anything; `max`, the largest weight. Checked in one pass over the entries:
 * `z.record` runs two schemas per entry, several times slower on the ~10⁵ weights of a big run.
 */
export function weightRecordSchema(keyProblem: (key: string) => string | undefined, max?: { readonly value: number; readonly text: string }) {
  return z.custom<Record<string, unknown>>(isPlainObject, { error: fieldError("objet { clé : poids } attendu") }).transform((record, context) => {
    for (const key in record) {
      const value = record[key];
      const problem =
        keyProblem(key) ??
        (typeof value !== "number" || !Number.isFinite(value)
          ? "le poids doit être un nombre fini"
          : value < 0
            ? "le poids ne peut pas être négatif"
            : max && value > max.value
              ? `poids trop grand : ${max.text} au plus`
              : undefined);
      if (problem !== undefined) context.addIssue({ code: "custom", path: [key], message: problem, input: value });
    }
    return record as Readonly<Record<string, number>>;
  });
}
