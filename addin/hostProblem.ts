import type { Capabilities } from "./workbook/WorkbookPort";

/** Why the pane cannot run here, in French, and where to go instead. */
export interface HostProblem {
  readonly title: string;
  readonly message: string;
  /** Another way to do the same work (the web portal, beside the task pane on the same server). */
  readonly link?: { readonly href: string; readonly label: string; readonly text: string };
}

/** The web portal, for communes without Excel: served at the root of the task pane's own server. */
const PORTAL_LINK = {
  href: "./",
  label: "Ouvrir le portail des communes",
  text: "Sans Excel (LibreOffice, navigateur seul) : téléchargez le modèle, remplissez-le, contrôlez-le et déposez-le sur le portail des communes.",
} as const;

/** Why the pane cannot run here, in French; undefined when it can. */
export function hostProblem(inExcel: boolean, capabilities: Capabilities | undefined): HostProblem | undefined {
  if (!inExcel) {
    return {
      title: "Ouvrez ce volet dans Excel.",
      message: "Ce complément fonctionne dans Excel (Microsoft 365, Excel 2021 ou plus récent, Excel sur le web) : installez-le avec son manifeste, puis cliquez sur « Adhésion » dans l'onglet Accueil.",
      link: PORTAL_LINK,
    };
  }
  if (!capabilities?.excelApi18) {
    return {
      title: "Version d'Excel trop ancienne.",
      message: "Ce complément a besoin des fonctions ExcelApi 1.8 (listes de validation, protection, événements), absentes de votre version d'Excel. Utilisez Excel pour Microsoft 365, Excel 2021 ou plus récent, ou Excel sur le web.",
      link: PORTAL_LINK,
    };
  }
  return undefined;
}
