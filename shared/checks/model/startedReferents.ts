import { REFERENT_FIELDS, type Referent } from "../../inventory/referent";
import { isBlank } from "../isBlank";

/** A référent row with at least one field filled, and its place in the list (from 0). */
export interface StartedReferent {
  readonly index: number;
  readonly referent: Referent;
}

/** The référent rows that are not entirely blank, in sheet order. */
export function startedReferents(referents: readonly Referent[]): StartedReferent[] {
  return referents.flatMap((referent, index) => (REFERENT_FIELDS.some(({ key }) => !isBlank(referent[key])) ? [{ index, referent }] : []));
}

/** "Référent n° 2 (Claire Martin)", for messages. */
export function referentPlace({ index, referent }: StartedReferent): string {
  const name = [referent.prenom, referent.nom].map((part) => part.trim()).filter((part) => part !== "").join(" ");
  return `Référent n° ${index + 1}${name === "" ? "" : ` (${name})`}`;
}
