import { describeRefs } from "./describeRefs";
import { FUNCTIONAL_DOMAINS } from "./functionalDomains";

/**
 * Set references as a DGS reads them in a list, the whole of C said once: `A, B, C:1 … C:16` →
 * « A, B et C (tous les domaines) »; otherwise each domain named (« B et C domaine 3 — Finances »).
 */
export function describeSetRefs(refs: readonly string[]): string {
  const domains = new Set(refs.filter((ref) => ref.startsWith("C:")));
  const wholeC = refs.includes("C") || FUNCTIONAL_DOMAINS.every((domain) => domains.has(`C:${domain.number}`));
  const kept = wholeC ? [...refs.filter((ref) => ref !== "C" && !ref.startsWith("C:")), "C"] : refs;
  return describeRefs(kept);
}
