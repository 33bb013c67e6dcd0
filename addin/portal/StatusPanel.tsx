import { RETURN_REASON_LABELS } from "../../shared/adhesion/decision";
import { describeRefs } from "../../shared/catalogue/describeRefs";
import type { CommuneSituation } from "../api/apiTypes";
import { Button } from "../ui/components/Button";
import { MessageBar } from "../ui/components/MessageBar";
import { StatusBadge } from "../ui/components/StatusBadge";
import { formatDateTime, formatDay } from "../ui/format/formatDateTime";

/** What the status means for the commune, and what to do next. */
const NEXT_STEP: Readonly<Record<CommuneSituation["status"], string>> = {
  aucun: "Aucun dépôt pour l'instant : téléchargez le modèle, remplissez-le, puis déposez-le ci-dessous.",
  brouillon: "Un brouillon est enregistré (complément Excel) : déposez votre description organique quand elle est complète.",
  deposee: "Votre dépôt attend l'examen du service commun. Vous pouvez encore déposer une version corrigée : elle remplacera celle-ci.",
  a_corriger: "Le service commun demande des corrections : corrigez votre classeur, contrôlez-le et déposez-le à nouveau.",
  validee: "Votre adhésion est validée. Pour une nouvelle campagne, repartez du modèle prérempli.",
};

/** Where the commune's dossier stands: status, requested corrections, adhesions, procedure in progress. */
export function StatusPanel(props: { situation: CommuneSituation; onRefresh: () => void }) {
  const { situation } = props;
  const latest = situation.versions.at(-1);
  const lastReturn = situation.status === "a_corriger" ? situation.lastReturn : null;
  return (
    <section class="card portal-section" id="dossier" aria-labelledby="dossier-title">
      <div class="section-head">
        <h2 id="dossier-title">{`Dossier de ${situation.name} (${situation.insee})`}</h2>
        <Button kind="subtle" onClick={props.onRefresh}>
          Actualiser
        </Button>
      </div>
      <p class="status-line">
        {"Statut : "}
        <StatusBadge status={situation.status} label={situation.statusLabel} />
        {latest ? <span class="hint">{` — version ${latest.version} déposée le ${formatDateTime(latest.submittedAt)}`}</span> : null}
        {situation.draftSavedAt ? <span class="hint">{` — brouillon enregistré le ${formatDateTime(situation.draftSavedAt)}`}</span> : null}
      </p>
      <p>{NEXT_STEP[situation.status]}</p>
      {lastReturn?.kind === "return" ? (
        <MessageBar intent="warning" title="Corrections demandées.">{`Motif : ${RETURN_REASON_LABELS[lastReturn.reason]}. ${lastReturn.comment}`}</MessageBar>
      ) : null}
      {situation.notices.map((notice) => (
        <MessageBar key={notice.eventId} intent="warning" title="Mise en demeure en cours.">
          {`Ensembles ${describeRefs(notice.sets)} : régularisez avant le ${formatDay(notice.deadline)} (${notice.daysLeft} jours restants).${notice.comment ? ` ${notice.comment}` : ""}`}
        </MessageBar>
      ))}
      {situation.exclusions.map((exclusion) => (
        <MessageBar key={`${exclusion.set}-${exclusion.from}`} intent="error">
          {`Ensemble ${describeRefs([exclusion.set])} : exclusion ${exclusion.temporary ? "temporaire" : "définitive"} depuis le ${formatDay(exclusion.from)}.`}
        </MessageBar>
      ))}
      {situation.adhesions.length > 0 ? (
        <>
          <h3>Adhésions effectives</h3>
          <ul class="plain">
            {situation.adhesions.map((period) => (
              <li key={`${period.set}-${period.from}`}>{`${describeRefs([period.set])} depuis le ${formatDay(period.from)}${period.to ? ` jusqu'au ${formatDay(period.to)} (exclu)` : ""}`}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
