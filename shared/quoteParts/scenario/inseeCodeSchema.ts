import { z } from "zod";
import { fieldError } from "./fieldError";
import { quoteValue } from "./quoteValue";

const describe = (input: unknown) =>
  `code INSEE invalide ${quoteValue(input)} : texte de 5 caractères attendu (5 chiffres, ou 2A/2B suivis de 3 chiffres)`;

/** A commune's INSEE code: five digits, or 2A/2B and three digits for Corsica (text, to keep leading zeros). */
export const inseeCodeSchema = z
  .string({ error: fieldError(describe) })
  .regex(/^(?:\d{5}|2[AB]\d{3})$/, { error: (issue) => describe(issue.input) });
