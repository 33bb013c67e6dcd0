import { quoteValue } from "./quoteValue";

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;
/** The first amount a JSON number may not hold to the cent: 15 significant digits, 2 of them cents. */
const MAX_EXACT_NUMBER = 1e13;

/**
 * Reads an amount in euros — a decimal string (`"1234.5"`, `"1234.50"`) or a JSON number with at
 * most two decimals and below 10^13, never negative — as a whole number of cents, or says in French
 * what is wrong.
 */
export function parseAmount(input: unknown): { readonly ok: true; readonly cents: bigint } | { readonly ok: false; readonly message: string } {
  if (input === undefined) return { ok: false, message: "champ obligatoire (montant en euros, ex. « 1234.50 »)" };
  if ((typeof input === "number" && input < 0) || (typeof input === "string" && /^\s*-\s*\d/.test(input))) {
    return { ok: false, message: "le montant ne peut pas être négatif" };
  }
  // From 10^13 € a JSON number no longer holds every cent exactly (15 significant digits): what was
  // typed cannot be known, so it is refused rather than rounded silently.
  if (typeof input === "number" && input >= MAX_EXACT_NUMBER) {
    return { ok: false, message: `montant trop grand pour un nombre JSON exact ${quoteValue(input)} : écrivez-le entre guillemets, ex. « 98765432109876.54 »` };
  }
  // Below, a JSON number's shortest decimal writing is what the user typed (1234.5 → "1234.5").
  const text = typeof input === "string" ? input : typeof input === "number" && Number.isFinite(input) ? String(input) : "";
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, message: `montant invalide ${quoteValue(input)} : euros avec au plus 2 décimales attendus (ex. « 1234.50 »)` };
  return { ok: true, cents: BigInt(match[1] ?? "0") * 100n + BigInt((match[2] ?? "").padEnd(2, "0")) };
}
