/** The columns of the differences between a corrective run and the run it replaces, per member (CSV and workbook alike). */
export const DIFFERENCE_HEADERS = [
  "Code INSEE",
  "Commune",
  "Participation avant (€)",
  "Participation après (€)",
  "Écart de participation (€)",
  "Ajustement de l'AC avant (€)",
  "Ajustement de l'AC après (€)",
  "Écart d'ajustement de l'AC (€)",
];
