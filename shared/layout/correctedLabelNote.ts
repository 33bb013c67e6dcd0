/**
 * The note written on the sheet next to a label that corrects the 2019 annex's wording (a typo),
 * so that a reader comparing with the annex sees why they differ. The reader ignores it.
 */
export function correctedLabelNote(annexLabel: string): string {
  return `Libellé corrigé ; annexe de 2019 : « ${annexLabel} »`;
}
