import { useState } from "preact/hooks";
import { RETURN_REASON_LABELS } from "../../shared/adhesion/decision";
import type { CommuneSituation, SubmissionDetail, SubmissionSummary } from "../api/apiTypes";
import { HistoryList } from "../ui/commune/HistoryList";
import { Button } from "../ui/components/Button";
import { MessageBar } from "../ui/components/MessageBar";
import { Spinner } from "../ui/components/Spinner";
import { StatusBadge } from "../ui/components/StatusBadge";
import { describeError } from "../ui/describeError";
import { formatDateTime, formatDay } from "../ui/format/formatDateTime";
import { FindingTable } from "./FindingTable";
import { usePortalServices } from "./PortalServices";

/** The staff's decision on a version, in a sentence. */
function decisionOf(version: SubmissionSummary): string {
  const decision = version.decision;
  if (!decision) return "En attente d'examen";
  if (decision.kind === "validate") return `Validée le ${formatDateTime(decision.decidedAt)}, adhésion à compter du ${formatDay(decision.effectiveFrom)}${decision.comment ? ` — « ${decision.comment} »` : ""}`;
  return `Retournée le ${formatDateTime(decision.decidedAt)} — motif : ${RETURN_REASON_LABELS[decision.reason]} — « ${decision.comment} »`;
}

/**
 * The follow-up: every version submitted with the staff's decision and comment, each version's
 * findings on demand (GET …/submissions/{version}), and the commune's history with the staff's comments.
 */
export function FollowPanel(props: { situation: CommuneSituation }) {
  const { api } = usePortalServices();
  const { situation } = props;
  const [detail, setDetail] = useState<{ version: number; view?: SubmissionDetail; error?: string }>();
  const open = async (version: number) => {
    setDetail({ version });
    try {
      setDetail({ version, view: (await api.getSubmission(situation.insee, version)).body });
    } catch (failure) {
      setDetail({ version, error: describeError(failure) });
    }
  };
  return (
    <section class="card portal-section" id="suivi" aria-labelledby="suivi-title">
      <h2 id="suivi-title">Suivi de vos dépôts</h2>
      {situation.versions.length === 0 ? (
        <p class="hint">Aucun dépôt pour l'instant.</p>
      ) : (
        <div class="table-scroll">
          <table class="table">
            <caption>Versions déposées</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Déposée le</th>
                <th scope="col">Statut</th>
                <th scope="col">Décision du service commun</th>
                <th scope="col">
                  <span class="visually-hidden">Constats</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...situation.versions].reverse().map((version) => (
                <tr key={version.version}>
                  <td>{version.version}</td>
                  <td>{`${formatDateTime(version.submittedAt)} (${version.source === "xlsx" ? "classeur" : "complément Excel"})`}</td>
                  <td>
                    <StatusBadge status={version.status} label={version.statusLabel} />
                  </td>
                  <td>{decisionOf(version)}</td>
                  <td>
                    <Button kind="subtle" onClick={() => void open(version.version)} label={`Voir les constats de la version ${version.version}`}>
                      Constats
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail ? (
        <div class="version-detail">
          {detail.error ? <MessageBar intent="error">{detail.error}</MessageBar> : null}
          {!detail.view && !detail.error ? <Spinner label={`Chargement de la version ${detail.version}…`} /> : null}
          {detail.view ? (
            detail.view.findings.length > 0 ? (
              <FindingTable findings={detail.view.findings} caption={`Constats de la version ${detail.version} (avertissements enregistrés au dépôt)`} />
            ) : (
              <MessageBar intent="success">{`Version ${detail.version} : aucun constat.`}</MessageBar>
            )
          ) : null}
        </div>
      ) : null}
      <h3>Historique</h3>
      {situation.history.length > 0 ? <HistoryList history={situation.history} /> : <p class="hint">Rien pour l'instant.</p>}
    </section>
  );
}
