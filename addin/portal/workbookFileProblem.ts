/** The largest workbook the API accepts (5 MB). */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

/** Why a chosen file cannot be checked or submitted, in French; undefined for a plausible .xlsx workbook. */
export function workbookFileProblem(file: { readonly name: string; readonly size: number }): string | undefined {
  const extension = /\.[^.]+$/.exec(file.name)?.[0]?.toLowerCase();
  if (extension !== ".xlsx") {
    const hint = extension === ".ods" ? " Dans LibreOffice Calc : Fichier > Enregistrer sous, type « Excel 2007-365 (.xlsx) »." : extension === ".xls" || extension === ".xlsm" ? " Enregistrez-le au format « Classeur Excel (.xlsx) », sans macros." : "";
    return `« ${file.name} » n'est pas un classeur .xlsx : déposez le modèle rempli, enregistré au format .xlsx.${hint}`;
  }
  if (file.size === 0) return `« ${file.name} » est vide : choisissez le classeur rempli.`;
  if (file.size > MAX_WORKBOOK_BYTES) return `« ${file.name} » pèse ${(file.size / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : 5 Mo au plus. Retirez les images ou feuilles ajoutées au modèle.`;
  return undefined;
}
