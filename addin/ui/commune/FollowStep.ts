import { h } from "preact";
import { useEffect, useState } from "preact/hooks";
import { RETURN_REASON_LABELS } from "../../../shared/adhesion/decision";
import { selectionRefs } from "../../../shared/adhesion/adhesionPeriods";
import { DISTRIBUTION_KEY_LABELS } from "../../../shared/exports/distributionKeyLabels";
import type { CommuneQuotePartsView, CommuneSituation } from "../../api/apiTypes";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { MessageBar } from "../components/MessageBar";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { describeError } from "../describeError";
import { firstOfNextMonth, parisDay } from "../format/calendarDays";
import { formatDateTime, formatDay } from "../format/formatDateTime";
import { formatEuros } from "../format/formatEuros";
import { HistoryList } from "./HistoryList";
import type { CommuneSheet } from "./useCommuneSheet";

/** Step 6: status, history, staff comments and requested corrections, and the estimated quote-part. */
export function FollowStep(props: { sheet: CommuneSheet; insee: string; refreshKey: number }) {
  const { api, now } = useServices();
  const [situation, setSituation] = useState<CommuneSituation>();
  const [error, setError] = useState<string>();
  const [estimate, setEstimate] = useState<{ view?: CommuneQuotePartsView; error?: string; busy?: boolean }>({});
  const load = async () => {
    setError(undefined);
    try {
      setSituation(await api.getCommune(props.insee));
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => void load(), [props.insee, props.refreshKey]);
  const submission = props.sheet.reading?.submission;
  const estimateNow = async () => {
    if (!submission) return;
    const from = firstOfNextMonth(parisDay(now()));
    setEstimate({ busy: true });
    try {
      setEstimate({ view: await api.getQuoteParts(props.insee, { sets: selectionRefs(submission.sets, submission.domains), from, year: Number(from.slice(0, 4)) }) });
    } catch (failure) {
      setEstimate({ error: describeError(failure) });
    }
  };
  if (error) return h("section", { class: "step" }, h("h2", null, "Suivi"), h(MessageBar, { intent: "error", actions: h(Button, { onClick: load }, "Réessayer") }, error));
  if (!situation) return h(Spinner, { label: "Chargement du suivi…" });
  const lastReturn = situation.status === "a_corriger" ? situation.lastReturn : null;
  const refs = submission ? selectionRefs(submission.sets, submission.domains) : [];
  return h(
    "section",
    { class: "step" },
    h("h2", null, "Suivi de l'adhésion"),
    h("p", { class: "status-line" }, "Statut : ", h(StatusBadge, { status: situation.status, label: situation.statusLabel }), situation.draftSavedAt ? h("span", { class: "hint" }, ` — brouillon enregistré le ${formatDateTime(situation.draftSavedAt)}`) : null),
    lastReturn?.kind === "return"
      ? h(MessageBar, { intent: "warning", title: "Corrections demandées." }, `Motif : ${RETURN_REASON_LABELS[lastReturn.reason]}. ${lastReturn.comment}`)
      : null,
    situation.adhesions.length > 0
      ? h("div", null, h("h3", null, "Adhésions effectives"), h("ul", { class: "plain" }, situation.adhesions.map((period) => h("li", { key: `${period.set}-${period.from}` }, `Ensemble ${period.set} depuis le ${formatDay(period.from)}${period.to ? ` jusqu'au ${formatDay(period.to)} (exclu)` : ""}`))))
      : null,
    h("h3", null, "Historique"),
    situation.history.length > 0 ? h(HistoryList, { history: situation.history }) : h("p", { class: "hint" }, "Aucun dépôt pour l'instant."),
    h("h3", null, "Quote-part estimée"),
    h("p", { class: "hint" }, refs.length > 0 ? `Simulation avec les ensembles ${refs.join(", ")} à partir du ${formatDay(firstOfNextMonth(parisDay(now())))}, d'après les postes de coût de l'année et vos chiffres.` : "Choisissez des ensembles (étape 2) pour estimer votre quote-part."),
    h("div", { class: "actions" }, h(Button, { onClick: estimateNow, disabled: refs.length === 0 || estimate.busy }, "Estimer ma quote-part"), h(Button, { kind: "subtle", onClick: load }, "Actualiser le suivi")),
    estimate.busy ? h(Spinner, { label: "Simulation…" }) : null,
    estimate.error ? h(MessageBar, { intent: "info" }, estimate.error) : null,
    estimate.view?.estimate ? h(QuotePartTable, { parts: estimate.view.estimate, title: `Estimation ${estimate.view.estimate.year}` }) : null,
    (estimate.view?.published ?? []).map((published) => h(QuotePartTable, { key: published.runId, parts: published, title: `Quote-part ${published.year} publiée` })),
  );
}

function QuotePartTable(props: { parts: NonNullable<CommuneQuotePartsView["estimate"]> | CommuneQuotePartsView["published"][number]; title: string }) {
  const { parts } = props;
  return h(
    "table",
    { class: "table" },
    h("caption", null, props.title),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Poste"), h("th", { scope: "col" }, "Clé"), h("th", { scope: "col", class: "num" }, "Montant"))),
    h(
      "tbody",
      null,
      parts.lines.map((line) => h("tr", { key: line.item }, h("td", null, line.label), h("td", null, DISTRIBUTION_KEY_LABELS[line.key]), h("td", { class: "num" }, formatEuros(line.amount)))),
    ),
    h(
      "tfoot",
      null,
      h("tr", null, h("th", { scope: "row", colSpan: 2 }, "Total"), h("td", { class: "num" }, formatEuros(parts.total.amount))),
      h("tr", null, h("th", { scope: "row", colSpan: 2 }, "Ajustement de l'attribution de compensation"), h("td", { class: "num" }, formatEuros(parts.total.acAdjustment))),
    ),
  );
}
