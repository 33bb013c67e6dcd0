import { MAX_REFERENTS } from "../inventory/referent";
import { CELL_STYLES, type CellStyle } from "./cellStyles";
import { NOT_APPLICABLE_HINT } from "./layoutSection";
import { SHEET_NAME } from "./sheetName";

/** The name of the instructions sheet of the template workbook. */
export const INSTRUCTIONS_SHEET_NAME = "Mode d'emploi";

/** A line of the instructions: a heading, a paragraph, or a colour of the legend with what it means. */
export type InstructionLine =
  | { readonly kind: "title" | "heading" | "text"; readonly text: string }
  | { readonly kind: "legend"; readonly style: CellStyle; readonly fill: string; readonly text: string };

/** The fill of a named style (every style of the legend has one). */
function fillOf(style: CellStyle): string {
  return CELL_STYLES[style].fill ?? "#FFFFFF";
}

const legend = (style: CellStyle, text: string): InstructionLine => ({ kind: "legend", style, fill: fillOf(style), text });
const heading = (text: string): InstructionLine => ({ kind: "heading", text });
const text = (body: string): InstructionLine => ({ kind: "text", text: body });

/**
 * The « Mode d'emploi » sheet of the template workbook, as lines of French text: the colours, how to
 * answer (blank is not 0, « aucun », the software named, units, « Sans objet »), how to add site
 * configurations, how to submit (portal or Excel add-in) and notes for LibreOffice. Plain text
 * only: the reader never reads this sheet (it carries no key column).
 */
export function instructionsSheet(templateVersion: string): InstructionLine[] {
  return [
    { kind: "title", text: `Mode d'emploi du modèle de description organique (version ${templateVersion})` },
    text(`Remplissez la feuille « ${SHEET_NAME} » ; cette feuille-ci n'est pas lue au dépôt. Ne renommez pas les feuilles et ne copiez pas la feuille « ${SHEET_NAME} » dans le classeur : un classeur qui contient deux fois le modèle est refusé.`),
    heading("Les couleurs"),
    legend("input", "Cellule à remplir (fond jaune clair) : les seules cellules modifiables."),
    legend("locked", "Cellule grisée : rien à saisir sur cette ligne dans cette colonne."),
    legend("sectionHeader", "Titre de partie ou de rubrique."),
    legend("blockTitle", "Titre d'une configuration de sites."),
    legend("columnHeader", "En-têtes de colonnes de l'inventaire, répétés en haut de chaque page imprimée."),
    text("En italique gris : une indication (unité, ce qu'il faut compter, libellé corrigé par rapport à l'annexe de 2019). Ces indications ne sont pas lues."),
    heading("Comment répondre"),
    text("Une cellule vide n'est pas un zéro : vide veut dire « pas encore répondu » et le contrôle le signale. Saisissez 0 quand il n'y a rien (par exemple 0 utilisateur : l'outil n'est pas utilisé)."),
    text("Quand une ligne demande une description et qu'il n'y a rien, écrivez « aucun » plutôt que de laisser vide."),
    text("Applications : pour chaque ligne d'un domaine choisi, le nombre d'agents utilisateurs (0 si l'outil n'est pas utilisé) et, dès qu'il est utilisé, le nom du logiciel (éditeur et produit) dans la colonne Description."),
    text("Nombres : entiers pour les comptes ; écriture française acceptée (« 1 234 », « 1,5 »). Unités : celles de la colonne Unité (Nb utilisateurs, Nb VM, En km…) ; la sauvegarde se compte en Go sauvegardés par mois (1 To = 1 000 Go)."),
    text("e-Services citoyen : comptez les agents qui utilisent l'outil (pas les usagers)."),
    text(`Rubriques facultatives (wifi, vidéoprotection…) : la cellule « Sans objet » de leur titre attend Oui ou Non. ${NOT_APPLICABLE_HINT}. Une rubrique attendue laissée vide sans « Oui » est signalée comme incomplète.`),
    text(`Date de l'état des lieux au format JJ/MM/AAAA ; de 1 à ${MAX_REFERENTS} référents (nom, prénom, fonction, téléphone, e-mail).`),
    heading("Ajouter des configurations de sites"),
    text("Le plus simple : téléchargez le modèle avec le nombre de configurations voulu (fibre, autre interconnexion, sites isolés), ou, dans Excel, utilisez le bouton « Ajouter une configuration » du complément."),
    text("Sinon, à la main : ôtez la protection de la feuille (sans mot de passe ; Excel : Révision > Ôter la protection de la feuille ; LibreOffice : Outils > Protéger la feuille), insérez autant de lignes vides que la configuration en compte, juste sous une configuration du même type, puis copiez une configuration entière (son titre et toutes ses lignes, colonnes B à F) et collez-la dans les lignes insérées. Elle est lue comme une configuration de plus. Une copie partielle est refusée, avec un message qui dit comment faire."),
    text("Une configuration laissée entièrement vide compte comme absente : elle n'est pas signalée comme incomplète."),
    text("Vérifiez ensuite le nombre total de sites et de postes : ils doivent égaler la somme des configurations."),
    heading("Déposer le classeur"),
    text("Sans Excel : ouvrez le portail des communes, à l'adresse communiquée par le service commun (la page d'accueil du serveur du volet Office ; en local : http://127.0.0.1:3000/), connectez-vous, téléchargez-y le modèle (vierge ou prérempli avec votre dernière version), puis envoyez le classeur rempli : il est d'abord contrôlé sans être enregistré, chaque constat indiquant la cellule à corriger, puis vous le déposez."),
    text("Avec Excel (Microsoft 365 ou Office 2021) : le complément « Adhésion aux services communs » contrôle la feuille au fil de la saisie et la dépose depuis son volet."),
    text("Enregistrez au format .xlsx (pas .xls, .xlsm ni .ods), 5 Mo au plus, sans mot de passe."),
    heading("Avec LibreOffice"),
    text("Ouvrez le fichier tel quel et enregistrez-le en gardant le format actuel (« Utiliser le format Excel 2007-365 ! ») : le dépôt lit le classeur enregistré par LibreOffice."),
    text("La feuille est protégée sans mot de passe pour éviter d'effacer un libellé : pour insérer des lignes, décochez Outils > Protéger la feuille, puis cochez-le de nouveau si vous le souhaitez."),
    text("Les listes déroulantes (Oui / Non) et les contrôles de saisie fonctionnent aussi dans LibreOffice."),
  ];
}
