import { isDomainNumber, type DomainNumber } from "./functionalDomains";
import { isSetId, type SetId } from "./serviceSets";

/**
 * What a cost item or an adhesion covers: a whole set (`A`, `B`, `C`) or one C domain (`C:<n>`).
 */
export type SetRef = { readonly set: SetId; readonly domain?: undefined } | { readonly set: "C"; readonly domain: DomainNumber };

/** Parses `A`, `B`, `C` or `C:<1..16>`; undefined for anything else. */
export function parseSetRef(text: string): SetRef | undefined {
  if (isSetId(text)) return { set: text };
  const match = /^C:(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const domain = Number(match[1]);
  return isDomainNumber(domain) ? { set: "C", domain } : undefined;
}

/** The canonical text of a set reference (`B`, `C:3`). */
export function formatSetRef(ref: SetRef): string {
  return ref.domain === undefined ? ref.set : `C:${ref.domain}`;
}
