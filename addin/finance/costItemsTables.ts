/** The workbook names of a year's cost-item tables (Excel table names: letters, digits, underscores). */
export function costItemsTableNames(year: number): { items: string; metropole: string } {
  return { items: `PostesDeCout_${year}`, metropole: `ChiffresMetropole_${year}` };
}

/** The header of the cost-items table, in column order. */
export const COST_ITEM_HEADERS = ["Identifiant", "Libellé", "Ensemble", "Montant (€)", "Clé de répartition", "Poids spécifiques (clé custom)"] as const;
/** The header of the Métropole's figures table. */
export const METROPOLE_HEADERS = ["Chiffre", "Valeur"] as const;
/** The figures the Métropole always shows, even when not entered yet. */
export const METROPOLE_FIGURES = ["postes", "agents", "sites"] as const;
/** Where the cost-items sheet's item table starts (its header row). */
export const ITEMS_HEADER_ROW = 4;
