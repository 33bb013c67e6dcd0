import type { Capabilities } from "./workbook/WorkbookPort";

/** Why the pane cannot run here, in French; undefined when it can. */
export function hostProblem(inExcel: boolean, capabilities: Capabilities | undefined): { title: string; message: string } | undefined {
  if (!inExcel) {
    return { title: "Ouvrez ce volet dans Excel.", message: "Ce complément fonctionne dans Excel (Microsoft 365, Excel 2021 ou plus récent, Excel sur le web) : installez-le avec son manifeste, puis cliquez sur « Adhésion » dans l'onglet Accueil." };
  }
  if (!capabilities?.excelApi18) {
    return { title: "Version d'Excel trop ancienne.", message: "Ce complément a besoin des fonctions ExcelApi 1.8 (listes de validation, protection, événements), absentes de votre version d'Excel. Utilisez Excel pour Microsoft 365, Excel 2021 ou plus récent, ou Excel sur le web." };
  }
  return undefined;
}
