import type ExcelJS from "exceljs";
import type { FormulaCell } from "./worksheetGrid";

const SAVE_AS_XLSX = "Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format « Classeur Excel (.xlsx) » et déposez-le à nouveau.";

/** Cells named in a message before "et N autres", and characters of a formula quoted. */
const LISTED_CELLS = 5;
const QUOTED_FORMULA = 40;

/** A sheet as named in a message: « name », and whether it is hidden. */
function sheetLabel(sheet: Pick<ExcelJS.Worksheet, "name" | "state">): string {
  const hidden = { visible: "", hidden: " (masquée)", veryHidden: " (très masquée)" } as const;
  return `« ${sheet.name} »${hidden[sheet.state]}`;
}

/** A formula as quoted in a message: "=2+3", shortened past 40 characters. */
function formulaText(formula: string): string {
  return `=${formula.length > QUOTED_FORMULA ? `${formula.slice(0, QUOTED_FORMULA - 1)}…` : formula}`;
}

/** Items joined as French prose: "a", "a et b", "a, b et c". */
function frenchList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} et ${items.at(-1) ?? ""}` : (items[0] ?? "");
}

/** The French messages of a refused workbook, shown to the commune as they are. */
export const XLSX_MESSAGES = {
  empty: "fichier illisible : le fichier est vide.",
  tooLarge: (maxBytes: number) => `fichier trop volumineux : un classeur de ${Math.round(maxBytes / (1024 * 1024))} Mo au plus est accepté.`,
  notZip: `fichier illisible : ce n'est pas un classeur .xlsx. ${SAVE_AS_XLSX}`,
  damaged: `fichier illisible : l'archive du classeur .xlsx est endommagée ou incomplète. ${SAVE_AS_XLSX}`,
  notWorkbook: `fichier illisible : ce n'est pas un classeur .xlsx (l'archive ne contient pas de classeur Excel). ${SAVE_AS_XLSX}`,
  oleFile:
    "classeur refusé : il est protégé par un mot de passe (chiffré) ou enregistré dans l'ancien format Excel 97-2003 (.xls). " +
    "Retirez le mot de passe (Fichier > Informations > Protéger le classeur) et enregistrez-le au format « Classeur Excel (.xlsx) ».",
  encrypted: "classeur refusé : son contenu est chiffré. Retirez le mot de passe et enregistrez-le au format « Classeur Excel (.xlsx) ».",
  macros: "classeur refusé : il contient des macros (classeur .xlsm). Enregistrez-le au format « Classeur Excel (.xlsx) », sans macros, et déposez-le à nouveau.",
  zipBomb: (why: string) => `classeur refusé : son contenu décompressé est anormalement volumineux (${why}). Déposez le modèle rempli, sans autre contenu.`,
  tooMuchData: (bytes: number, maxBytes: number) =>
    `classeur refusé : ses feuilles contiennent trop de données pour un modèle rempli (${Math.ceil(bytes / (1024 * 1024))} Mo une fois décompressées, ${Math.round(maxBytes / (1024 * 1024))} Mo au plus). Supprimez les feuilles et les lignes ajoutées, puis déposez-le à nouveau.`,
  tooManyCells: (cells: number, limit: number) =>
    `classeur refusé : il contient ${cells.toLocaleString("fr-FR")} cellules, plus que les ${limit.toLocaleString("fr-FR")} qu'un modèle rempli peut compter. Supprimez ce qui dépasse le modèle et déposez-le à nouveau.`,
  tooManyMerges: (merges: number, cells: number) =>
    `classeur refusé : il contient trop de cellules fusionnées (${merges} fusions couvrant ${cells} cellules). Déposez le modèle rempli, sans autre contenu.`,
  sheetTooLarge: (sheet: string, cell: string, limit: string) =>
    `classeur refusé : la feuille « ${sheet} » contient des valeurs jusqu'à la cellule ${cell}, au-delà de ${limit}. Supprimez ce qui dépasse le modèle et déposez-le à nouveau.`,
  tooManyRows: `classeur refusé : une feuille contient trop de lignes ou de colonnes pour être un modèle rempli. Supprimez ce qui dépasse le modèle et déposez-le à nouveau.`,
  overlappingMerges: `fichier illisible : des cellules fusionnées se chevauchent, le classeur est endommagé. ${SAVE_AS_XLSX}`,
  noSheet: (sheetName: string) =>
    `classeur refusé : aucune feuille « ${sheetName} » n'a été trouvée, ni aucune feuille portant la colonne de repères (colonne A, masquée) du modèle. ` +
    "Utilisez le modèle fourni (template.xlsx) sans supprimer la colonne A.",
  noKeyColumn: (sheetName: string) =>
    `classeur refusé : la feuille « ${sheetName} » n'a plus la colonne de repères (colonne A, masquée) du modèle, et aucune autre feuille ne l'a. ` +
    "Reprenez le modèle fourni (template.xlsx) sans supprimer la colonne A.",
  severalTemplates: (sheets: readonly Pick<ExcelJS.Worksheet, "name" | "state">[]) =>
    `classeur refusé : plusieurs feuilles contiennent le modèle (${sheets.map(sheetLabel).join(", ")}) : gardez-en une seule, celle à déposer, puis recommencez.` +
    (sheets.some((sheet) => sheet.state !== "visible")
      ? ` Une feuille masquée réapparaît par un clic droit sur un onglet > Afficher${sheets.some((sheet) => sheet.state === "veryHidden") ? " (une feuille très masquée, seulement depuis l'éditeur Visual Basic, Alt+F11)" : ""}.`
      : ""),
  formulasWithoutResult: (sheetName: string, cells: readonly FormulaCell[]) => {
    const shown = cells.slice(0, LISTED_CELLS).map((cell) => `${cell.address} (${formulaText(cell.formula)})`);
    const others = cells.length - shown.length;
    const named = frenchList(others > 0 ? [...shown, `${others} autre${others > 1 ? "s" : ""}`] : shown);
    return cells.length > 1
      ? `classeur refusé : les cellules ${named} de la feuille « ${sheetName} » contiennent des formules sans valeur calculée : ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le, ou saisissez les valeurs, puis déposez-le à nouveau.`
      : `classeur refusé : la cellule ${named} de la feuille « ${sheetName} » contient une formule sans valeur calculée : ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le, ou saisissez la valeur, puis déposez-le à nouveau.`;
  },
  unreadable: `fichier illisible : le classeur est endommagé ou utilise un format non pris en charge. ${SAVE_AS_XLSX}`,
  readTooLong: (limitMs: number) =>
    `classeur refusé : sa lecture dépasse la limite de ${(limitMs / 1000).toLocaleString("fr-FR")} s de calcul accordée à un classeur déposé (un modèle rempli se lit en moins d'une seconde). Supprimez ce qui dépasse le modèle et déposez-le à nouveau.`,
  readTooCostly: (limitMb: number) =>
    `classeur refusé : sa lecture dépasse la limite de ${limitMb.toLocaleString("fr-FR")} Mo de mémoire accordée à un classeur déposé. Supprimez ce qui dépasse le modèle et déposez-le à nouveau.`,
} as const;
