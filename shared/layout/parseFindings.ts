import type { Finding } from "../checks/finding";
import type { CellRef } from "../inventory/cellRef";
import type { BlockKind } from "../inventory/siteBlocks";
import { blockDefinition } from "../inventory/siteBlocks";
import { SECTIONS } from "../inventory/descriptionOrganique";
import { blockSectionId, blockTitle } from "../checks/model/checkSections";
import { MAX_REFERENTS } from "../inventory/referent";
import { describeProblem, type Problem } from "../validation/problem";
import type { CellReading } from "./cellReading";
import { describeRef } from "./describeRef";
import { refContext } from "./refContext";
import { unwrapCellValue } from "./unwrapCellValue";

type Unreadable = Extract<CellReading<unknown>, { ok: false }>;

/** A span of sheet rows, 1-based. */
type Span = { readonly from: number; readonly to: number };

const NOUNS = { number: "Quantité", date: "Date", choice: "Réponse", text: "Valeur" } as const;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How a raw cell value is quoted in a message (shortened past 60 characters). */
function quote(raw: unknown): string {
  const text = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? "date invalide" : raw.toISOString().slice(0, 10)) : String(raw);
  return `« ${text.length > 60 ? `${text.slice(0, 59)}…` : text} »`;
}

/** Where a row of the model sits, in words: « juste après la ligne « … » » or « en tête de la rubrique ». */
function placeOf(ref: CellRef): string | undefined {
  const rows = ref.kind === "row" ? SECTIONS.find((section) => section.rows.some((row) => row.id === ref.rowId))?.rows : ref.kind === "blockRow" ? blockDefinition(ref.block).rows : undefined;
  if (!rows || (ref.kind !== "row" && ref.kind !== "blockRow")) return undefined;
  const index = rows.findIndex((row) => row.id === ref.rowId);
  const before = rows[index - 1];
  return before ? `juste après la ligne « ${before.label} »` : "en tête de sa rubrique, sous son titre";
}

/** The findings of the sheet parser (rule ids `parse.*`), with their French messages. */
export const PARSE_FINDINGS = {
  noKeyColumn: (): Finding => ({
    ruleId: "parse.sheet",
    severity: "error",
    message:
      "Cette feuille n'est pas une description organique : sa colonne de repères (colonne A, masquée) est introuvable. " +
      "Utilisez le modèle fourni (template.xlsx) ou le complément Excel, sans supprimer la colonne A.",
  }),
  duplicateKey: (key: string, firstRow: number, row: number, cell: string): Finding => ({
    ruleId: "parse.duplicateKey",
    severity: "error",
    cell,
    message: `La ligne ${row} reprend le repère « ${key} » de la ligne ${firstRow} (ligne copiée ?) : seule la ligne ${firstRow} est lue. Supprimez la copie ou reportez-y vos réponses.`,
  }),
  /** `sample`: what the row holds besides its key (an error then: what was typed would be ignored). */
  unknownKey: (key: string, row: number, cell: string, sample?: unknown): Finding =>
    sample === undefined
      ? { ruleId: "parse.unknownKey", severity: "warning", cell, message: `La ligne ${row} porte un repère inconnu du modèle (« ${key} ») : elle est ignorée.` }
      : {
          ruleId: "parse.unknownKey",
          severity: "error",
          cell,
          message:
            `La ligne ${row} porte un repère inconnu du modèle (« ${key} ») et contient ${quote(sample)} : ce contenu ne peut pas être lu. ` +
            `Reportez-le dans les lignes prévues par le modèle, puis videz ou supprimez la ligne ${row}.`,
        },
  /** `othersRow`: the row is in a part of the sheet that has an « Autres » row, where its content can go. */
  unkeyedRow: (row: number, cell: string, sample: unknown, othersRow: boolean): Finding => ({
    ruleId: "parse.unkeyedRow",
    severity: "error",
    cell,
    message:
      `La ligne ${row} a été ajoutée hors du modèle (${quote(sample)}) : son contenu ne peut pas être lu. ` +
      (othersRow ? "Reportez-le dans la ligne « Autres » de la rubrique" : "Reportez-le dans les lignes prévues par le modèle") +
      `, puis videz ou supprimez la ligne ${row}.`,
  }),
  /** A whole site configuration pasted without its keys (rows `rows`), read as configuration `number` of its kind. */
  pastedBlock: (kind: BlockKind, number: number, rows: Span, cell: string): Finding => ({
    ruleId: "parse.pastedBlock",
    severity: "warning",
    sectionId: blockSectionId(kind, number - 1),
    cell,
    message:
      `Les lignes ${rows.from} à ${rows.to} reprennent toutes les lignes d'une configuration de sites, ajoutées à la main : ` +
      `elles sont lues comme une configuration de plus, « ${blockTitle(kind, number - 1)} ». Vérifiez qu'il s'agit bien d'une autre configuration que celles déjà décrites.`,
  }),
  /** Rows that look pasted from a site configuration (`kind` when known) but are not a whole one. */
  partialPaste: (rows: Span, cell: string, kind: BlockKind | undefined): Finding => ({
    ruleId: "parse.pastedBlock",
    severity: "error",
    ...(kind ? { sectionId: blockSectionId(kind, 0) } : {}),
    cell,
    message:
      `Les lignes ${rows.from} à ${rows.to} reprennent des lignes d'une configuration de sites, ajoutées à la main, sans former une configuration complète : ` +
      "elles ne peuvent pas être lues. Pour ajouter une configuration, insérez autant de lignes qu'en compte une configuration, " +
      "collez-y toutes ses lignes, de son titre (« … - Configuration N ») à la ligne « Autres », colonnes B à F, puis remplacez les réponses ; " +
      "ou utilisez le bouton « Ajouter une configuration » du complément Excel, ou un modèle téléchargé avec le nombre de configurations voulu.",
  }),
  /** Something typed in a cell of a model row that is not one of the cells to fill. */
  strayCell: (row: number, cell: string, sample: unknown, where: string): Finding => ({
    ruleId: "parse.strayCell",
    severity: "error",
    cell,
    message:
      `La cellule ${cell} contient ${quote(sample)}, hors des cellules à remplir de ${where} : ce contenu ne peut pas être lu. ` +
      `Reportez-le dans la colonne Description ou Quantité de la ligne qui convient, puis videz la cellule ${cell}.`,
  }),
  /** A site configuration whose cells to fill are all blank: absent from the submission. */
  blankBlock: (kind: BlockKind, number: number, rows: Span): Finding => ({
    ruleId: "parse.blankBlock",
    severity: "warning",
    sectionId: blockSectionId(kind, number - 1),
    message:
      `« ${blockTitle(kind, number - 1)} » (lignes ${rows.from} à ${rows.to}) est entièrement vide : elle est comptée comme absente ` +
      "(la commune n'a pas de sites de ce type). Rien à faire si c'est le cas ; sinon, remplissez-la.",
  }),
  extraReferent: (row: number, cell: string, sample: unknown): Finding => ({
    ruleId: "parse.extraReferent",
    severity: "error",
    sectionId: "referents",
    cell,
    message:
      `La ligne ${row} (${quote(sample)}) n'est pas une des ${MAX_REFERENTS} lignes de référents du modèle : elle n'est pas lue, ` +
      `la convention admet ${MAX_REFERENTS} référents au plus. Saisissez ce référent sur une ligne de référent restée vide, ou à la place d'un autre, ` +
      `puis videz ou supprimez la ligne ${row}.`,
  }),
  /** `rows` are the copied rows, `originals` the rows they repeat (1-based), `number` the block's number in the sheet. */
  copiedBlock: (kind: BlockKind, number: number, rows: Span, originals: Span, cell: string): Finding => ({
    ruleId: "parse.copiedBlock",
    severity: "error",
    sectionId: blockSectionId(kind, number - 1),
    cell,
    message:
      `Les lignes ${rows.from} à ${rows.to} sont copiées de « ${blockTitle(kind, number - 1)} » (lignes ${originals.from} à ${originals.to}) : ` +
      "elles ne sont pas lues, car une configuration ne s'ajoute pas en copiant des lignes. Pour décrire une configuration de plus, " +
      "utilisez le bouton « Ajouter une configuration » du complément Excel, ou téléchargez un modèle avec le nombre de configurations voulu " +
      "et reportez-y vos réponses ; puis supprimez ces lignes.",
  }),
  /** `ref` is where the value goes in the submission, `sheetRef` the same cell as numbered in the sheet. */
  missingRow: (ref: CellRef, sheetRef: CellRef): Finding => ({
    ruleId: "parse.missingRow",
    severity: "warning",
    ...refContext(ref),
    ref,
    message:
      `${capitalize(describeRef(sheetRef, false))} est absente de la feuille (supprimée ?) : elle reste vide. ` +
      (placeOf(sheetRef) ? `Dans le modèle, elle se trouve ${placeOf(sheetRef)} : réinsérez-la là, ou repartez du modèle.` : "Réinsérez-la, ou repartez du modèle."),
  }),
  blockGap: (kind: BlockKind, number: number): Finding => ({
    ruleId: "parse.blockGap",
    severity: "warning",
    sectionId: blockSectionId(kind, number - 1),
    message: `« ${blockDefinition(kind).title.replace("{n}", String(number))} » est absente de la feuille : les configurations suivantes sont renumérotées.`,
  }),
  missingVersion: (version: string): Finding => ({
    ruleId: "parse.version",
    severity: "warning",
    message: `La version du modèle est introuvable dans la feuille : la version ${version} est retenue.`,
  }),
  otherVersion: (written: string, version: string, cell: string): Finding => ({
    ruleId: "parse.version",
    severity: "warning",
    cell,
    message:
      `La version du modèle indiquée dans la feuille (${quote(written)}, cellule ${cell}) n'est pas celle du modèle en vigueur : ` +
      `la feuille a été lue avec le modèle ${version}, et c'est cette version qui est retenue. ` +
      "Si le classeur vient d'un autre modèle, vérifiez les avertissements sur les lignes absentes ou inconnues, ou repartez du modèle à jour.",
  }),
  /** As missingRow: `ref` in the submission, `sheetRef` in the sheet. */
  unreadable: (ref: CellRef, sheetRef: CellRef, raw: unknown, cell: string, reading: Unreadable): Finding => ({
    ruleId: `parse.${reading.rule}`,
    severity: "error",
    ...refContext(ref),
    ref,
    cell,
    message: `${NOUNS[reading.rule]} illisible ${quote(unwrapCellValue(raw))} pour ${describeRef(sheetRef)}, cellule ${cell} : ${reading.hint}.`,
  }),
  schema: (problem: Problem, origin?: { readonly ref: CellRef; readonly cell: string }): Finding =>
    origin
      ? {
          ruleId: "parse.schema",
          severity: "error",
          ...refContext(origin.ref),
          ref: origin.ref,
          cell: origin.cell,
          message: `${capitalize(describeRef(origin.ref))}, cellule ${origin.cell} : ${problem.message}`,
        }
      : { ruleId: "parse.schema", severity: "error", message: describeProblem(problem) },
} as const;
