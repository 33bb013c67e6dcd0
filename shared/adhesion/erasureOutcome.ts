import { ofCommune } from "../inventory/ofCommune";
import { adhesionChanges } from "./adhesionChanges";
import { adhesionPeriods } from "./adhesionPeriods";
import type { ErasureContext } from "./rules/erasure/ErasureContext";
import { yearsHeld } from "./rules/erasure/yearsHeld";

/**
 * What staff are told once a commune's data is erased: nothing to erase, or erased — with what it
 * means for the quote-parts (published runs keep its lines; an unpublished run computed before
 * cannot be published any more).
 */
export function erasureOutcome(context: ErasureContext, erased: { readonly records: number; readonly documents: number }): string {
  const of = ofCommune(context.communeName);
  if (erased.records + erased.documents === 0) return `Rien à effacer : aucune donnée ${of} n'était enregistrée.`;
  const kept = yearsHeld(adhesionPeriods(adhesionChanges(context.history)), context.today).filter((year) => context.publishedYears.includes(year));
  return (
    `Données ${of} effacées. ` +
    (kept.length > 0 ? `Les quotes-parts publiées (${kept.join(", ")}) gardent ses lignes : ce sont des documents comptables. ` : "") +
    `Un calcul non publié fait avant cet effacement ne peut plus être publié : recalculez l'année concernée.`
  );
}
