import { z } from "zod";
import { ISO_DATE } from "../calendar/calendarDate";
import { isIsoDate } from "../calendar/isoDateSchema";
import { INSEE_CODE } from "../identifiers/inseeCode";

/** An instant, ISO 8601 (`2025-03-01T09:00:00.000Z`). */
export const instantSchema = z.string().describe("Instant ISO 8601");

/** A day, `YYYY-MM-DD`. */
export const daySchema = z.string().regex(ISO_DATE).refine(isIsoDate).describe("Jour AAAA-MM-JJ");

/** A commune's INSEE code. */
export const inseeSchema = z.string().regex(INSEE_CODE).describe("Code INSEE");

/** Money as text with two decimals (`"1234.50"`, `"-120.00"`): exact, never a floating-point number. */
export const moneySchema = z.string().regex(/^-?\d+\.\d{2}$/).describe("Montant en euros, texte à 2 décimales");

/** A set reference: `A`, `B`, `C` or `C:<domain>`. */
export const setRefSchema = z.string().regex(/^(A|B|C|C:([1-9]|1[0-6]))$/).describe("Ensemble : A, B, C ou C:<domaine>");

/** A SHA-256 fingerprint in hexadecimal. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/).describe("Empreinte SHA-256");
