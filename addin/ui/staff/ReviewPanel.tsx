import type { Decision } from "../../../shared/adhesion/decision";
import { domainByNumber, type DomainNumber } from "../../../shared/catalogue/functionalDomains";
import type { SubmissionDetail } from "../../api/apiTypes";
import { Button } from "../components/Button";
import { StatusBadge } from "../components/StatusBadge";
import { FindingList } from "../commune/FindingList";
import { HistoryList } from "../commune/HistoryList";
import { formatDateTime, formatDay } from "../format/formatDateTime";
import { DecisionForm } from "./DecisionForm";

/** A submitted version under review: its summary, findings (a click selects the cell in the read-only sheet), history and the decision. */
export function ReviewPanel(props: {
  detail: SubmissionDetail;
  busy: boolean;
  defaultEffectiveFrom: string;
  onSelectCell: (cell: string) => void;
  onDecide: (decision: Decision) => void;
  onClose: () => void;
}) {
  const { detail } = props;
  const errors = detail.findings.filter((finding) => finding.severity === "error").length;
  return (
    <section class="review">
      <div class="review-head">
        <h2>{`${detail.communeName} — version ${detail.version}`}</h2>
        <Button kind="subtle" onClick={props.onClose}>
          Retour à la liste
        </Button>
      </div>
      <dl class="recap">
        <dt>Statut</dt>
        <dd>
          <StatusBadge status={detail.status} label={detail.statusLabel} />
        </dd>
        <dt>Déposée le</dt>
        <dd>{`${formatDateTime(detail.submittedAt)} par ${detail.submittedBy}`}</dd>
        <dt>État des lieux du</dt>
        <dd>{detail.etatDesLieux ? formatDay(detail.etatDesLieux) : "—"}</dd>
        <dt>Ensembles</dt>
        <dd>{detail.sets.join(", ") || "aucun"}</dd>
        <dt>Domaines C</dt>
        <dd>{detail.domains.map((domain) => domainByNumber(domain as DomainNumber).label).join(", ") || "—"}</dd>
      </dl>
      <h3>{`Constats (${detail.findings.length}${errors > 0 ? `, dont ${errors} erreur(s)` : ""})`}</h3>
      {detail.findings.length > 0 ? <FindingList findings={detail.findings} onSelect={props.onSelectCell} /> : <p class="hint">Aucun constat : la version est complète et cohérente.</p>}
      {detail.status === "deposee" ? <DecisionForm defaultEffectiveFrom={props.defaultEffectiveFrom} busy={props.busy} onDecide={props.onDecide} /> : null}
      <h3>Historique de la commune</h3>
      <HistoryList history={detail.history} />
    </section>
  );
}
