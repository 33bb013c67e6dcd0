import { useState } from "preact/hooks";
import type { RunSummary } from "../../api/apiTypes";
import { Button } from "../components/Button";
import { Checkbox } from "../components/Checkbox";
import { Dialog } from "../components/Dialog";
import { formatDay } from "../format/formatDateTime";

/**
 * Asks to confirm a publication: what it means (one publication a year, frozen cost items and
 * settlement; for a corrective run, « annule et remplace »), and, when the run has warnings, each
 * of them — « Publier » is enabled only once they are acknowledged.
 */
export function PublishRunDialog(props: { run: RunSummary; onPublish: (acknowledgeWarnings: boolean) => void; onCancel: () => void }) {
  const { run } = props;
  const [acknowledged, setAcknowledged] = useState(false);
  const warnings = run.warnings;
  const blocked = warnings.length > 0 && !acknowledged;
  return (
    <Dialog
      title={run.corrects ? `Publier le calcul correctif ${run.year} ?` : `Publier les quotes-parts ${run.year} ?`}
      role="alertdialog"
      onCancel={props.onCancel}
      actions={[
        <Button key="publish" kind="danger" onClick={() => props.onPublish(warnings.length > 0)} disabled={blocked}>
          Publier
        </Button>,
        <Button key="cancel" onClick={props.onCancel}>
          Annuler
        </Button>,
      ]}
    >
      <p>
        {run.corrects
          ? `Le calcul ${run.runId} (données au ${formatDay(run.cutoff)}) annulera et remplacera le calcul publié ${run.corrects}, qui restera consultable, marqué remplacé. Motif : ${run.correctionReason ?? ""}.`
          : `Le calcul ${run.runId} (données au ${formatDay(run.cutoff)}) deviendra la référence de ${run.year} : il ne changera plus, et les postes de coût et le règlement de l'année seront figés (une correction les rouvre).`}
      </p>
      {warnings.length > 0 ? (
        <>
          <p>
            <strong>{`${warnings.length} avertissement${warnings.length > 1 ? "s" : ""} à prendre en compte :`}</strong>
          </p>
          <ul class="problems">
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
          <Checkbox
            id="acknowledge-warnings"
            label="J'ai pris connaissance de ces avertissements"
            description="Ils seront inscrits dans l'historique avec la publication."
            checked={acknowledged}
            onChange={setAcknowledged}
          />
        </>
      ) : null}
    </Dialog>
  );
}
