import { h } from "preact";
import { Button } from "../components/Button";
import { MessageBar } from "../components/MessageBar";
import { FindingList } from "./FindingList";
import type { CommuneSheet } from "./useCommuneSheet";

/** A count in French words: « 1 erreur », « 3 avertissements ». */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count > 1 ? plural : singular}`;
}

/** Step 4: the shared checks' findings, grouped by section; a click selects the cell; highlights follow the sheet. */
export function CheckStep(props: { sheet: CommuneSheet }) {
  const { sheet } = props;
  const reading = sheet.reading;
  if (!reading) return h("section", { class: "step" }, h("h2", null, "Contrôle"), h(MessageBar, { intent: "info" }, "Préparez d'abord la feuille (étape 1)."));
  const summary =
    reading.errorCount === 0
      ? h(MessageBar, { intent: reading.warningCount === 0 ? "success" : "info" }, reading.warningCount === 0 ? "Aucun constat : la description organique est complète et cohérente." : `Aucune erreur ; ${countOf(reading.warningCount, "avertissement", "avertissements")} à vérifier.`)
      : h(MessageBar, { intent: "warning" }, `${countOf(reading.errorCount, "erreur", "erreurs")} à corriger et ${countOf(reading.warningCount, "avertissement", "avertissements")}. Les cellules concernées sont surlignées dans la feuille.`);
  return h(
    "section",
    { class: "step" },
    h("h2", null, "Contrôle"),
    h("p", { class: "hint" }, "Les mêmes contrôles que ceux de la Métropole, à chaque modification de la feuille. Cliquez sur un constat pour aller à sa cellule."),
    summary,
    h("div", { class: "actions" }, h(Button, { onClick: () => void sheet.refresh(), disabled: sheet.busy !== undefined }, "Contrôler à nouveau")),
    h(FindingList, { findings: reading.findings, onSelect: (cell) => void sheet.select(cell) }),
  );
}
