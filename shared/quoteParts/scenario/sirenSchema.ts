import { z } from "zod";
import { fieldError } from "./fieldError";
import { quoteValue } from "./quoteValue";

const describe = (input: unknown) => `SIREN invalide ${quoteValue(input)} : texte de 9 chiffres attendu`;

/** The SIREN of an EPCI: nine digits, as text. */
export const sirenSchema = z.string({ error: fieldError(describe) }).regex(/^\d{9}$/, { error: (issue) => describe(issue.input) });
