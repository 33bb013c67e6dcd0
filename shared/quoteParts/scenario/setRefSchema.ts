import { z } from "zod";
import { parseSetRef } from "../../catalogue/setRef";
import { fieldError } from "../../validation/fieldError";
import { quoteValue } from "../../validation/quoteValue";

const describe = (input: unknown) => `ensemble inconnu ${quoteValue(input)} : attendu A, B, C ou C:<domaine de 1 à 16>`;

/** A service set reference `A`, `B`, `C` or `C:<1..16>` (kept as text; `toScenario` parses it). */
export const setRefSchema = z
  .string({ error: fieldError(describe) })
  .refine((text) => parseSetRef(text) !== undefined, { error: (issue) => describe(issue.input) });
