import { MAX_AMOUNT_CENTS, MAX_AMOUNT_NUMBER, MAX_AMOUNT_TEXT } from "./maxAmount";
import { quoteValue } from "../../validation/quoteValue";

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount in euros — a decimal string (`"1234.5"`, `"1234.50"`) or a JSON number with at
 * most two decimals, never negative, at most 999 999 999 999,99 € — as a whole number of cents, or
 * says in French what is wrong. (Below that limit a JSON number's shortest writing is what was
 * typed: 1234.5 → "1234.5"; nothing is ever rounded silently.)
 */
export function parseAmount(input: unknown): { readonly ok: true; readonly cents: bigint } | { readonly ok: false; readonly message: string } {
  if (input === undefined) return { ok: false, message: "champ obligatoire (montant en euros, ex. « 1234.50 »)" };
  if ((typeof input === "number" && input < 0) || (typeof input === "string" && /^\s*-\s*\d/.test(input))) {
    return { ok: false, message: "le montant ne peut pas être négatif" };
  }
  const tooLarge = { ok: false, message: `montant trop grand : ${MAX_AMOUNT_TEXT} au plus` } as const;
  // Checked on the number itself: beyond the limit its writing may already have lost cents.
  if (typeof input === "number" && input > MAX_AMOUNT_NUMBER) return tooLarge;
  const text = typeof input === "string" ? input : typeof input === "number" && Number.isFinite(input) ? String(input) : "";
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, message: `montant invalide ${quoteValue(input)} : euros avec au plus 2 décimales attendus (ex. « 1234.50 »)` };
  const cents = BigInt(match[1] ?? "0") * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
  return cents > MAX_AMOUNT_CENTS ? tooLarge : { ok: true, cents };
}
