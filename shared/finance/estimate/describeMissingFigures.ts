import { formatFrenchNumber } from "../../checks/format/formatFrenchNumber";
import type { Submission } from "../../inventory/submissionSchema";
import { SHEET_NAME } from "../../layout/sheetName";
import type { FigureCell, MissingFigure } from "../AdhesionEstimate";
import { figureCells } from "./figureCells";
import { figureLabel } from "./figureLabel";
import type { LeftOutItem } from "./triageCostItems";

const cellList = (cells: readonly FigureCell[]) => cells.map((cell) => `« ${cell.row} »${cell.cell ? ` (${cell.cell})` : ""}`).join(", ");

/** Where to fill a figure, in French: the section, the rows and their cells. */
function whereToFill(figure: string, cells: readonly FigureCell[]): string {
  const section = cells[0]?.section ?? "";
  if (!figure.startsWith("users:")) return `ligne ${cellList(cells)} de la rubrique « ${section} »`;
  return `rubrique « ${section} », colonne Quantité des lignes ${cellList(cells)} : le chiffre est leur somme (0 pour une application non utilisée)`;
}

/**
 * The commune's figures the estimate lacks, one per figure with the items waiting for it, and where
 * to fill it in its description organique (row labels and cells of the sheet its figures come from).
 * A figure given but unusable (negative) is named with its value, to be corrected.
 */
export function describeMissingFigures(leftOut: readonly LeftOutItem[], submission: Submission, invalid: Readonly<Record<string, number>>): MissingFigure[] {
  const waiting = new Map<string, LeftOutItem[]>();
  for (const entry of leftOut) {
    if (entry.reason !== "figureMissing" || entry.figure === undefined) continue;
    waiting.set(entry.figure, [...(waiting.get(entry.figure) ?? []), entry]);
  }
  return [...waiting].map(([figure, entries]) => {
    const cells = figureCells(submission, figure);
    const label = figureLabel(figure);
    const given = invalid[figure];
    const state = given === undefined ? "non renseigné. À remplir" : `${formatFrenchNumber(given)}, impossible (un nombre positif ou nul est attendu). À corriger`;
    const items = entries.map((entry) => `« ${entry.item.label} »`).join(", ");
    return {
      figure,
      label,
      items: entries.map((entry) => entry.item.id),
      cells,
      message: `${label} : ${state} dans la description organique (feuille « ${SHEET_NAME} »), ${whereToFill(figure, cells)}. Sans ce chiffre, non estimé : ${items}.`,
    };
  });
}
