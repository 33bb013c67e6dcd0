import { domainByNumber, isDomainNumber } from "./functionalDomains";

/** A set reference as a DGS reads it: `B` → « B », `C:3` → « C domaine 3 — Finances », `C` → « C (tous les domaines) ». */
export function describeRef(ref: string): string {
  if (ref === "C") return "C (tous les domaines)";
  const domain = Number(ref.slice(2));
  return ref.startsWith("C:") && isDomainNumber(domain) ? `C domaine ${domain} — ${domainByNumber(domain).label}` : ref;
}

/** Set references for a sentence: « A, B et C domaine 3 — Finances ». */
export function describeRefs(refs: readonly string[]): string {
  const named = refs.map(describeRef);
  return named.length <= 1 ? (named[0] ?? "") : `${named.slice(0, -1).join(", ")} et ${named.at(-1) ?? ""}`;
}
