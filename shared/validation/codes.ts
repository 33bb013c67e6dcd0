import { z } from "zod";

/** A commune's INSEE code: 5 characters, digits, or 2A/2B then 3 digits for Corsica. */
export const inseeCodeSchema = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { message: "code INSEE attendu (5 caractères, par exemple 21231)" });

/** An EPCI's SIREN number: 9 digits. */
export const sirenSchema = z.string().regex(/^\d{9}$/, { message: "numéro SIREN attendu (9 chiffres, par exemple 242100410)" });
