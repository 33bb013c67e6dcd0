import type { SetRef } from "../../catalogue/setRef";

/**
 * True when an adhesion to `adhesion` covers a cost item of `item`: same set, and for C either an
 * item of the whole set C (shared by the members of any domain), an adhesion to the whole set C
 * (every domain), or the same domain.
 */
export function coversSet(adhesion: SetRef, item: SetRef): boolean {
  if (adhesion.set !== item.set) return false;
  return item.domain === undefined || adhesion.domain === undefined || adhesion.domain === item.domain;
}
