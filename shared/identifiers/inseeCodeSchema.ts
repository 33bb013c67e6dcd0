import { z } from "zod";
import { fieldError } from "../validation/fieldError";
import { quoteValue } from "../validation/quoteValue";
import { INSEE_CODE } from "./inseeCode";

const describe = (input: unknown) =>
  input === "" ? "code INSEE attendu (5 caractères, par exemple 21231)" : `code INSEE invalide ${quoteValue(input)} : 5 caractères attendus (5 chiffres, ou 2A/2B suivis de 3 chiffres, par exemple 21231)`;

/** A commune's INSEE code, with a French message naming what was received. */
export const inseeCodeSchema = z.string({ error: fieldError(describe) }).regex(INSEE_CODE, { error: (issue) => describe(issue.input) });
