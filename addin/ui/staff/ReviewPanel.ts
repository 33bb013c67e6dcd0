import { h } from "preact";
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
export function ReviewPanel(props: { detail: SubmissionDetail; busy: boolean; defaultEffectiveFrom: string; onSelectCell: (cell: string) => void; onDecide: (decision: Decision) => void; onClose: () => void }) {
  const { detail } = props;
  const errors = detail.findings.filter((finding) => finding.severity === "error").length;
  return h(
    "section",
    { class: "review" },
    h("div", { class: "review-head" }, h("h2", null, `${detail.communeName} — version ${detail.version}`), h(Button, { kind: "subtle", onClick: props.onClose }, "Retour à la liste")),
    h(
      "dl",
      { class: "recap" },
      h("dt", null, "Statut"),
      h("dd", null, h(StatusBadge, { status: detail.status, label: detail.statusLabel })),
      h("dt", null, "Déposée le"),
      h("dd", null, `${formatDateTime(detail.submittedAt)} par ${detail.submittedBy}`),
      h("dt", null, "État des lieux du"),
      h("dd", null, detail.etatDesLieux ? formatDay(detail.etatDesLieux) : "—"),
      h("dt", null, "Ensembles"),
      h("dd", null, detail.sets.join(", ") || "aucun"),
      h("dt", null, "Domaines C"),
      h("dd", null, detail.domains.map((domain) => domainByNumber(domain as DomainNumber).label).join(", ") || "—"),
    ),
    h("h3", null, `Constats (${detail.findings.length}${errors > 0 ? `, dont ${errors} erreur(s)` : ""})`),
    detail.findings.length > 0 ? h(FindingList, { findings: detail.findings, onSelect: props.onSelectCell }) : h("p", { class: "hint" }, "Aucun constat : la version est complète et cohérente."),
    detail.status === "deposee" ? h(DecisionForm, { defaultEffectiveFrom: props.defaultEffectiveFrom, busy: props.busy, onDecide: props.onDecide }) : null,
    h("h3", null, "Historique de la commune"),
    h(HistoryList, { history: detail.history }),
  );
}
