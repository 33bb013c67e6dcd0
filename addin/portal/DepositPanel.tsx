import { useState } from "preact/hooks";
import type { Finding } from "../../shared/checks/finding";
import type { CheckReportView, DepositAnswer } from "../api/apiTypes";
import { ApiFailure } from "../api/ApiFailure";
import { createIdempotencyKeys } from "../commune/createIdempotencyKeys";
import { Button } from "../ui/components/Button";
import { MessageBar } from "../ui/components/MessageBar";
import { Spinner } from "../ui/components/Spinner";
import { describeError } from "../ui/describeError";
import { digestOf } from "./digestOf";
import { FindingTable } from "./FindingTable";
import { countOf } from "../ui/commune/CheckStep";
import { usePortalServices } from "./PortalServices";
import { submitWorkbook, type UploadOutcome, type UploadStage } from "./submitWorkbook";
import { UploadProgress } from "./UploadProgress";
import { workbookFileProblem } from "./workbookFileProblem";

/** The chosen workbook and what is known of it. */
interface Chosen {
  readonly file: File;
  readonly digest: string;
}

/** The check of a workbook: its report, or the API's refusal (an unreadable workbook, with findings when it names cells). */
type Check = { readonly report: CheckReportView } | { readonly failure: string; readonly findings: readonly Finding[] };

/**
 * Step 2: the filled workbook chosen, checked by the API without recording anything (findings as a
 * table, errors first), then submitted — with its progress, automatic retries and a safe manual
 * retry: the same file keeps the same Idempotency-Key until it is recorded.
 */
export function DepositPanel(props: { insee: string; onSubmitted: (version: DepositAnswer) => void }) {
  const { api } = usePortalServices();
  const [keys] = useState(() => createIdempotencyKeys());
  const [chosen, setChosen] = useState<Chosen>();
  const [problem, setProblem] = useState<string>();
  const [fileName, setFileName] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [check, setCheck] = useState<Check>();
  const [stage, setStage] = useState<{ stage: UploadStage; attempt: number }>();
  const [outcome, setOutcome] = useState<UploadOutcome>();
  const sending = stage !== undefined && stage.stage !== "done" && outcome === undefined;

  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setChosen(undefined);
    setCheck(undefined);
    setOutcome(undefined);
    setStage(undefined);
    setFileName(file?.name);
    if (!file) return setProblem(undefined);
    const refused = workbookFileProblem(file);
    setProblem(refused);
    if (!refused) setChosen({ file, digest: await digestOf(file) });
  };

  const runCheck = async () => {
    if (!chosen) return;
    setChecking(true);
    setCheck(undefined);
    setOutcome(undefined);
    try {
      setCheck({ report: await api.validateWorkbook(chosen.file) });
    } catch (failure) {
      setCheck({ failure: sentence(describeError(failure)), findings: failure instanceof ApiFailure ? failure.findings : [] });
    } finally {
      setChecking(false);
    }
  };

  const submit = async () => {
    if (!chosen) return;
    setOutcome(undefined);
    try {
      const result = await submitWorkbook({
        send: (key) => api.submitWorkbook(props.insee, chosen.file, key),
        idempotencyKey: keys.keyFor(chosen.digest),
        onStage: (next, attempt) => setStage({ stage: next, attempt }),
      });
      setOutcome(result);
      if (result.ok) {
        keys.reset();
        props.onSubmitted(result.version);
      }
    } catch (failure) {
      setOutcome({ ok: false, reason: "refused", failure: new ApiFailure("http", describeError(failure)) });
    }
  };

  const report = check && "report" in check ? check.report : undefined;
  return (
    <section class="card portal-section" id="depot" aria-labelledby="depot-title">
      <h2 id="depot-title">2. Contrôler et déposer le classeur rempli</h2>
      <p>Choisissez le modèle rempli (.xlsx, 5 Mo au plus). Le contrôle n'enregistre rien : corrigez les erreurs signalées dans votre classeur, enregistrez-le, choisissez-le à nouveau et recontrôlez.</p>
      <div class="field">
        <span class="field-label" id="depot-fichier-titre">
          Classeur rempli (.xlsx)
        </span>
        <div class="file-picker">
          <input
            id="depot-fichier"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-labelledby="depot-fichier-titre depot-fichier-nom"
            aria-describedby="depot-fichier-hint"
            onChange={choose}
            disabled={sending}
          />
          <label for="depot-fichier" class="btn btn-secondary" aria-hidden="true">
            Choisir le classeur…
          </label>
          <span class="file-name" id="depot-fichier-nom">
            {fileName ?? "Aucun fichier choisi"}
          </span>
        </div>
        <div class="hint" id="depot-fichier-hint">
          Enregistré depuis Excel ou LibreOffice Calc au format .xlsx
        </div>
      </div>
      {problem ? <MessageBar intent="error">{problem}</MessageBar> : null}
      <div class="actions">
        <Button kind={report?.ok ? "secondary" : "primary"} onClick={runCheck} disabled={!chosen || checking || sending}>
          Contrôler le classeur
        </Button>
        <Button kind={report?.ok ? "primary" : "secondary"} onClick={submit} disabled={!report?.ok || sending || outcome?.ok === true}>
          Déposer la description organique
        </Button>
      </div>
      {checking ? <Spinner label="Contrôle du classeur…" /> : null}
      {check && "failure" in check ? <MessageBar intent="error" title="Classeur refusé.">{check.failure}</MessageBar> : null}
      {report && !outcome?.ok ? (
        report.ok ? (
          <MessageBar intent="success" title="Aucune erreur.">
            {`${report.warningCount > 0 ? `${countOf(report.warningCount, "avertissement", "avertissements")} à lire ci-dessous (ils n'empêchent pas le dépôt). ` : ""}Vous pouvez déposer ce classeur.`}
          </MessageBar>
        ) : (
          <MessageBar intent="error" title={`${countOf(report.errorCount, "erreur", "erreurs")} à corriger.`}>
            Le dépôt serait refusé : corrigez ces cellules dans votre classeur, enregistrez-le, puis choisissez-le à nouveau et recontrôlez.
          </MessageBar>
        )
      ) : null}
      {sending ? <UploadProgress stage={stage?.stage} attempt={stage?.attempt ?? 1} /> : null}
      {outcome && !outcome.ok ? (
        <MessageBar
          intent="error"
          title={outcome.reason === "unreachable" ? "Dépôt non confirmé." : "Dépôt refusé."}
          actions={outcome.reason === "unreachable" ? <Button onClick={submit}>Réessayer le dépôt</Button> : undefined}
        >
          {outcome.reason === "unreachable" ? `${outcome.failure.message} Réessayer ne crée jamais deux versions.` : outcome.failure.message}
        </MessageBar>
      ) : null}
      {outcome?.ok ? (
        <MessageBar intent="success" title={`Version ${outcome.version.version} déposée.`}>
          Le service commun va l'examiner ; suivez son statut ci-dessous.
        </MessageBar>
      ) : null}
      {report && report.findings.length > 0 ? <FindingTable findings={report.findings} caption={`Constats du contrôle de « ${chosen?.file.name ?? ""} » : ${countOf(report.errorCount, "erreur", "erreurs")}, ${countOf(report.warningCount, "avertissement", "avertissements")}`} /> : null}
      {check && "failure" in check && check.findings.length > 0 ? <FindingTable findings={check.findings} caption="Constats" /> : null}
      {outcome && !outcome.ok && outcome.failure.findings.length > 0 ? <FindingTable findings={outcome.failure.findings} caption="Constats du dépôt refusé" /> : null}
    </section>
  );
}

/** Shown after the title « Classeur refusé. »: a server's message starting in lower case (« fichier illisible : … ») begins a sentence. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr-FR") + text.slice(1);
}
