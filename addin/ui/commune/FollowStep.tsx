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
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { firstOfNextMonth } from "../../../shared/calendar/firstOfNextMonth";
import { formatDateTime, formatDay } from "../format/formatDateTime";
import { formatFrenchEuros } from "../../../shared/format/formatFrenchEuros";
import { describeRefs } from "../../../shared/catalogue/describeRefs";
import { EstimateDetails } from "./EstimateDetails";
import { HistoryList } from "./HistoryList";
import type { CommuneSheet } from "./useCommuneSheet";

/**
 * Step 6: status, history, staff comments and requested corrections, and the estimated quote-part:
 * what it assumes, each line's derivation, the items it cannot estimate and why, the figures to fill
 * (a click selects the cell), and how it compares with what the commune pays now.
 */
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
    const from = firstOfNextMonth(todayInParis(now()));
    setEstimate({ busy: true });
    try {
      // The sheet's whole choice of sets, as validating this submission would record it: it replaces the sets held.
      const sets = selectionRefs(submission.sets, submission.domains);
      setEstimate({ view: await api.getQuoteParts(props.insee, { sets, from, year: Number(from.slice(0, 4)), mode: "remplacer" }) });
    } catch (failure) {
      setEstimate({ error: describeError(failure) });
    }
  };
  if (error)
    return (
      <section class="step">
        <h2>Suivi</h2>
        <MessageBar intent="error" actions={<Button onClick={load}>Réessayer</Button>}>
          {error}
        </MessageBar>
      </section>
    );
  if (!situation) return <Spinner label="Chargement du suivi…" />;
  const lastReturn = situation.status === "a_corriger" ? situation.lastReturn : null;
  const refs = submission ? selectionRefs(submission.sets, submission.domains) : [];
  return (
    <section class="step">
      <h2>Suivi de l'adhésion</h2>
      <p class="status-line">
        {"Statut : "}
        <StatusBadge status={situation.status} label={situation.statusLabel} />
        {situation.draftSavedAt ? <span class="hint">{` — brouillon enregistré le ${formatDateTime(situation.draftSavedAt)}`}</span> : null}
      </p>
      {lastReturn?.kind === "return" ? <MessageBar intent="warning" title="Corrections demandées.">{`Motif : ${RETURN_REASON_LABELS[lastReturn.reason]}. ${lastReturn.comment}`}</MessageBar> : null}
      {situation.adhesions.length > 0 ? (
        <div>
          <h3>Adhésions effectives</h3>
          <ul class="plain">
            {situation.adhesions.map((period) => (
              <li key={`${period.set}-${period.from}`}>{`Ensemble ${period.set} depuis le ${formatDay(period.from)}${period.to ? ` jusqu'au ${formatDay(period.to)} (exclu)` : ""}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>Historique</h3>
      {situation.history.length > 0 ? <HistoryList history={situation.history} /> : <p class="hint">Aucun dépôt pour l'instant.</p>}
      <h3>Quote-part estimée</h3>
      <p class="hint">
        {refs.length > 0
          ? `Simulation : ${refs.length > 1 ? "les ensembles choisis dans la feuille" : "l'ensemble choisi dans la feuille"} (${describeRefs(refs)}) remplace${refs.length > 1 ? "nt" : ""} ceux que vous détenez, comme le ferait la validation de votre dépôt, à partir du ${formatDay(firstOfNextMonth(todayInParis(now())))}, d'après les postes de coût de l'année et vos chiffres.`
          : "Choisissez des ensembles (étape 2) pour estimer votre quote-part."}
      </p>
      <div class="actions">
        <Button onClick={estimateNow} disabled={refs.length === 0 || estimate.busy}>
          Estimer ma quote-part
        </Button>
        <Button kind="subtle" onClick={load}>
          Actualiser le suivi
        </Button>
      </div>
      {estimate.busy ? <Spinner label="Simulation…" /> : null}
      {estimate.error ? <MessageBar intent="info">{estimate.error}</MessageBar> : null}
      {estimate.view?.estimate ? <EstimateDetails estimate={estimate.view.estimate} onSelect={(cell) => void props.sheet.select(cell)} /> : null}
      {(estimate.view?.published ?? []).map((published) => (
        <QuotePartTable key={published.runId} parts={published} title={`Quote-part ${published.year} publiée`} />
      ))}
    </section>
  );
}

/** A published year's lines and totals. */
function QuotePartTable(props: { parts: CommuneQuotePartsView["published"][number]; title: string }) {
  const { parts } = props;
  return (
    <table class="table">
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">Poste</th>
          <th scope="col">Clé</th>
          <th scope="col" class="num">
            Montant
          </th>
        </tr>
      </thead>
      <tbody>
        {parts.lines.map((line) => (
          <tr key={line.item}>
            <td>{line.label}</td>
            <td>{DISTRIBUTION_KEY_LABELS[line.key]}</td>
            <td class="num">{formatFrenchEuros(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td class="num">{formatFrenchEuros(parts.total.amount)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={2}>
            Ajustement de l'attribution de compensation
          </th>
          <td class="num">{formatFrenchEuros(parts.total.acAdjustment)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
