/** The workbook name of a year's settlement table (Excel table names: letters, digits, underscores). */
export function settlementTableName(year: number): string {
  return `Reglement_${year}`;
}

/** The sheet where a year's settlement per member is typed. */
export function settlementSheetName(year: number): string {
  return `Règlement ${year}`;
}

/** The first columns of the settlement table; one column per cost item follows (« Libellé (identifiant) »). */
export const SETTLEMENT_HEADERS = ["Code INSEE", "Commune", "Compté avec son CCAS", "Déjà compris dans l'AC (€)"] as const;
/** Where the settlement table starts (its header row). */
export const SETTLEMENT_HEADER_ROW = 5;
/** What a yes/no cell holds. */
export const YES = "oui";
export const NO = "non";

/** The header of a cost item's « invoiced » column: its label and, in brackets, its identifier (read back from there). */
export function invoicedColumnHeader(item: { readonly id: string; readonly label: string }): string {
  return `${item.label} (${item.id})`;
}

/** The cost item an « invoiced » column is for, from its header; undefined for any other header. */
export function invoicedItemOfHeader(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  const match = /\(([^()]+)\)\s*$/.exec(header);
  return match ? match[1]!.trim() : undefined;
}
