import { z } from "zod";
import { fieldError } from "../validation/fieldError";
import { quoteValue } from "../validation/quoteValue";
import { SIREN_NUMBER } from "./sirenNumber";

const describe = (input: unknown) => `SIREN invalide ${quoteValue(input)} : texte de 9 chiffres attendu (par exemple 242100410)`;

/** The SIREN of an EPCI, with a French message naming what was received. */
export const sirenSchema = z.string({ error: fieldError(describe) }).regex(SIREN_NUMBER, { error: (issue) => describe(issue.input) });
