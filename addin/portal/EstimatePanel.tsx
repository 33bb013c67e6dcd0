import { useState } from "preact/hooks";
import { selectionRefs } from "../../shared/adhesion/adhesionPeriods";
import { firstOfNextMonth } from "../../shared/calendar/firstOfNextMonth";
import { todayInParis } from "../../shared/calendar/todayInParis";
import { describeRefs } from "../../shared/catalogue/describeRefs";
import { formatFrenchEuros } from "../../shared/format/formatFrenchEuros";
import type { CommuneQuotePartsView, CommuneSituation } from "../api/apiTypes";
import { EstimateDetails } from "../ui/commune/EstimateDetails";
import { Button } from "../ui/components/Button";
import { MessageBar } from "../ui/components/MessageBar";
import { Spinner } from "../ui/components/Spinner";
import { describeError } from "../ui/describeError";
import { formatDay } from "../ui/format/formatDateTime";
import { usePortalServices } from "./PortalServices";

/**
 * The estimate of the commune's quote-part for the sets its latest version chooses (replacing those
 * held, as validating it would), from the first of next month — the task pane's EstimateDetails —
 * and its published quote-parts.
 */
export function EstimatePanel(props: { situation: CommuneSituation }) {
  const { api, now } = usePortalServices();
  const [estimate, setEstimate] = useState<{ view?: CommuneQuotePartsView; error?: string; busy?: boolean }>({});
  const latest = props.situation.versions.at(-1);
  const refs = latest ? selectionRefs(latest.sets, latest.domains) : [];
  const from = firstOfNextMonth(todayInParis(now()));
  const run = async () => {
    setEstimate({ busy: true });
    try {
      setEstimate({ view: await api.getQuoteParts(props.situation.insee, { sets: refs, from, year: Number(from.slice(0, 4)), mode: "remplacer" }) });
    } catch (failure) {
      setEstimate({ error: describeError(failure) });
    }
  };
  return (
    <section class="card portal-section" id="estimation" aria-labelledby="estimation-title">
      <h2 id="estimation-title">Quote-part estimée</h2>
      <p class="hint">
        {refs.length > 0
          ? `Simulation pour les ensembles de votre version ${latest?.version ?? ""} (${describeRefs(refs)}), qui remplacent ceux que vous détenez, à partir du ${formatDay(from)}, d'après les postes de coût de l'année et vos chiffres.`
          : "Déposez votre description organique : l'estimation reprend les ensembles qu'elle choisit."}
      </p>
      <div class="actions">
        <Button onClick={run} disabled={refs.length === 0 || estimate.busy}>
          Estimer ma quote-part
        </Button>
      </div>
      {estimate.busy ? <Spinner label="Simulation…" /> : null}
      {estimate.error ? <MessageBar intent="info">{estimate.error}</MessageBar> : null}
      {estimate.view?.estimate ? <EstimateDetails estimate={estimate.view.estimate} /> : null}
      {(estimate.view?.published ?? []).map((published) => (
        <p key={published.runId}>{`Quote-part ${published.year} publiée : ${formatFrenchEuros(published.total.amount)}, ajustement de l'attribution de compensation ${formatFrenchEuros(published.total.acAdjustment)}.`}</p>
      ))}
    </section>
  );
}
