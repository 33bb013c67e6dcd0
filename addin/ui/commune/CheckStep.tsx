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
  if (!reading)
    return (
      <section class="step">
        <h2>Contrôle</h2>
        <MessageBar intent="info">Préparez d'abord la feuille (étape 1).</MessageBar>
      </section>
    );
  const summary =
    reading.errorCount === 0 ? (
      <MessageBar intent={reading.warningCount === 0 ? "success" : "info"}>
        {reading.warningCount === 0
          ? "Aucun constat : la description organique est complète et cohérente."
          : `Aucune erreur ; ${countOf(reading.warningCount, "avertissement", "avertissements")} à vérifier.`}
      </MessageBar>
    ) : (
      <MessageBar intent="warning">{`${countOf(reading.errorCount, "erreur", "erreurs")} à corriger et ${countOf(reading.warningCount, "avertissement", "avertissements")}. Les cellules concernées sont surlignées dans la feuille.`}</MessageBar>
    );
  return (
    <section class="step">
      <h2>Contrôle</h2>
      <p class="hint">Les mêmes contrôles que ceux de la Métropole, à chaque modification de la feuille. Cliquez sur un constat pour aller à sa cellule.</p>
      {summary}
      <div class="actions">
        <Button onClick={() => void sheet.refresh()} disabled={sheet.busy !== undefined}>
          Contrôler à nouveau
        </Button>
      </div>
      <FindingList findings={reading.findings} onSelect={(cell) => void sheet.select(cell)} />
    </section>
  );
}
