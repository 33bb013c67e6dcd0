import { useState } from "preact/hooks";
import { domainByNumber, type DomainNumber } from "../../../shared/catalogue/functionalDomains";
import type { SubmissionSummary } from "../../api/apiTypes";
import type { IdempotencyKeys } from "../../commune/createIdempotencyKeys";
import { submitInventory, SUBMIT_STAGE_LABELS, type SubmitOutcome, type SubmitStage } from "../../commune/submitInventory";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { MessageBar } from "../components/MessageBar";
import { describeError } from "../describeError";
import { formatDateTime, formatDay } from "../format/formatDateTime";
import { countOf } from "./CheckStep";
import { FindingList } from "./FindingList";
import type { CommuneSheet } from "./useCommuneSheet";

const STAGES: readonly SubmitStage[] = ["reading", "checking", "sending", "done"];

/** Step 5: the recap and the submission, with its progress; a failure says why and offers a safe retry. */
export function SubmitStep(props: { sheet: CommuneSheet; insee: string; keys: IdempotencyKeys; onSubmitted: (version: SubmissionSummary) => void }) {
  const { sheet } = props;
  const { api } = useServices();
  const [stage, setStage] = useState<SubmitStage>();
  const [outcome, setOutcome] = useState<SubmitOutcome>();
  const [error, setError] = useState<string>();
  const reading = sheet.reading;
  const submission = reading?.submission;
  const running = stage !== undefined && stage !== "done" && outcome === undefined;

  const submit = async () => {
    setOutcome(undefined);
    setError(undefined);
    try {
      const result = await submitInventory({
        read: async () => {
          const fresh = await sheet.readNow();
          if (!fresh) throw new Error("La feuille « Description organique » est introuvable : préparez-la (étape 1).");
          return fresh;
        },
        send: (content, key) => api.submit(props.insee, content, key),
        keys: props.keys,
        onStage: setStage,
      });
      setOutcome(result);
      if (result.ok) props.onSubmitted(result.version);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setStage((current) => (current === "done" ? current : undefined));
    }
  };

  const stageIndex = stage === "retrying" ? 2 : stage ? STAGES.indexOf(stage) : -1;
  return (
    <section class="step">
      <h2>Dépôt</h2>
      {submission ? (
        <dl class="recap">
          <dt>Commune</dt>
          <dd>{`${submission.commune.name || "—"} (${submission.commune.insee})`}</dd>
          <dt>État des lieux du</dt>
          <dd>{submission.inventory.etatDesLieux ? formatDay(submission.inventory.etatDesLieux) : "— (à saisir dans la feuille)"}</dd>
          <dt>Ensembles</dt>
          <dd>{submission.sets.length > 0 ? submission.sets.join(", ") : "aucun"}</dd>
          <dt>Domaines C</dt>
          <dd>{submission.domains.length > 0 ? submission.domains.map((domain) => domainByNumber(domain as DomainNumber).label).join(", ") : "—"}</dd>
          <dt>Référents</dt>
          <dd>{String(submission.inventory.referents.filter((referent) => referent.nom.trim() !== "").length)}</dd>
          <dt>Contrôle</dt>
          <dd>{`${countOf(reading.errorCount, "erreur", "erreurs")}, ${countOf(reading.warningCount, "avertissement", "avertissements")}`}</dd>
        </dl>
      ) : (
        <MessageBar intent="info">Préparez et complétez la feuille avant de déposer.</MessageBar>
      )}
      {reading && reading.errorCount > 0 ? (
        <MessageBar intent="warning">{`Corrigez d'abord ${countOf(reading.errorCount, "erreur", "erreurs")} (étape Contrôle) : un dépôt incomplet est refusé.`}</MessageBar>
      ) : null}
      <div class="actions">
        <Button kind="primary" onClick={submit} disabled={running || !submission || (reading?.errorCount ?? 1) > 0 || sheet.busy !== undefined}>
          Déposer la description organique
        </Button>
      </div>
      {stage !== undefined || running ? (
        <div class="progress-block">
          <div
            class="progress"
            role="progressbar"
            aria-label="Avancement du dépôt"
            aria-valuemin={0}
            aria-valuemax={STAGES.length - 1}
            aria-valuenow={Math.max(stageIndex, 0)}
            aria-valuetext={stage ? SUBMIT_STAGE_LABELS[stage] : ""}
          >
            <div class="progress-bar" style={`width:${(Math.max(stageIndex, 0) / (STAGES.length - 1)) * 100}%`} />
          </div>
          <p class="progress-label" role="status">
            {stage ? SUBMIT_STAGE_LABELS[stage] : ""}
          </p>
        </div>
      ) : null}
      {error ? <MessageBar intent="error">{error}</MessageBar> : null}
      {outcome && !outcome.ok ? <SubmitFailure outcome={outcome} retry={submit} select={(cell) => void sheet.select(cell)} /> : null}
      {outcome?.ok ? (
        <MessageBar
          intent="success"
          title="Dépôt enregistré."
        >{`Version ${outcome.version.version} déposée le ${formatDateTime(outcome.version.submittedAt)}, statut « ${outcome.version.statusLabel} ». La Métropole va l'examiner ; suivez-la à l'étape Suivi.`}</MessageBar>
      ) : null}
    </section>
  );
}

function SubmitFailure(props: { outcome: Exclude<SubmitOutcome, { ok: true }>; retry: () => void; select: (cell: string) => void }) {
  const { outcome } = props;
  switch (outcome.reason) {
    case "unreadable":
    case "errors":
      return <MessageBar intent="warning">Dépôt non envoyé : la feuille contient des erreurs à corriger (étape Contrôle).</MessageBar>;
    case "unreachable":
      return (
        <MessageBar
          intent="error"
          title="Dépôt non abouti."
          actions={
            <Button kind="primary" onClick={props.retry}>
              Réessayer
            </Button>
          }
        >{`${outcome.failure.message} Réessayer ne crée jamais deux dépôts.`}</MessageBar>
      );
    case "refused":
      return (
        <div>
          <MessageBar intent="error" title="Dépôt refusé.">
            {outcome.failure.message}
          </MessageBar>
          {outcome.failure.findings.length > 0 ? <FindingList findings={outcome.failure.findings} onSelect={props.select} /> : null}
        </div>
      );
  }
}
