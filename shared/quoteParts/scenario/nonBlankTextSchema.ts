import { z } from "zod";
import { fieldError } from "../../validation/fieldError";

/** A text with at least one non-space character (identifiers, names, labels). */
export const nonBlankTextSchema = z
  .string({ error: fieldError("texte attendu") })
  .regex(/\S/, { error: "ne peut pas être vide" });
