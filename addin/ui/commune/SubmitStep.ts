import { h } from "preact";
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
  return h(
    "section",
    { class: "step" },
    h("h2", null, "Dépôt"),
    submission
      ? h(
          "dl",
          { class: "recap" },
          h("dt", null, "Commune"),
          h("dd", null, `${submission.commune.name || "—"} (${submission.commune.insee})`),
          h("dt", null, "État des lieux du"),
          h("dd", null, submission.inventory.etatDesLieux ? formatDay(submission.inventory.etatDesLieux) : "— (à saisir dans la feuille)"),
          h("dt", null, "Ensembles"),
          h("dd", null, submission.sets.length > 0 ? submission.sets.join(", ") : "aucun"),
          h("dt", null, "Domaines C"),
          h("dd", null, submission.domains.length > 0 ? submission.domains.map((domain) => domainByNumber(domain as DomainNumber).label).join(", ") : "—"),
          h("dt", null, "Référents"),
          h("dd", null, String(submission.inventory.referents.filter((referent) => referent.nom.trim() !== "").length)),
          h("dt", null, "Contrôle"),
          h("dd", null, `${countOf(reading.errorCount, "erreur", "erreurs")}, ${countOf(reading.warningCount, "avertissement", "avertissements")}`),
        )
      : h(MessageBar, { intent: "info" }, "Préparez et complétez la feuille avant de déposer."),
    reading && reading.errorCount > 0 ? h(MessageBar, { intent: "warning" }, `Corrigez d'abord ${countOf(reading.errorCount, "erreur", "erreurs")} (étape Contrôle) : un dépôt incomplet est refusé.`) : null,
    h("div", { class: "actions" }, h(Button, { kind: "primary", onClick: submit, disabled: running || !submission || (reading?.errorCount ?? 1) > 0 || sheet.busy !== undefined }, "Déposer la description organique")),
    stage !== undefined || running
      ? h(
          "div",
          { class: "progress-block" },
          h("div", { class: "progress", role: "progressbar", "aria-label": "Avancement du dépôt", "aria-valuemin": 0, "aria-valuemax": STAGES.length - 1, "aria-valuenow": Math.max(stageIndex, 0), "aria-valuetext": stage ? SUBMIT_STAGE_LABELS[stage] : "" }, h("div", { class: "progress-bar", style: `width:${(Math.max(stageIndex, 0) / (STAGES.length - 1)) * 100}%` })),
          h("p", { class: "progress-label", role: "status" }, stage ? SUBMIT_STAGE_LABELS[stage] : ""),
        )
      : null,
    error ? h(MessageBar, { intent: "error" }, error) : null,
    outcome && !outcome.ok ? h(SubmitFailure, { outcome, retry: submit, select: (cell) => void sheet.select(cell) }) : null,
    outcome?.ok
      ? h(MessageBar, { intent: "success", title: "Dépôt enregistré." }, `Version ${outcome.version.version} déposée le ${formatDateTime(outcome.version.submittedAt)}, statut « ${outcome.version.statusLabel} ». La Métropole va l'examiner ; suivez-la à l'étape Suivi.`)
      : null,
  );
}

function SubmitFailure(props: { outcome: Exclude<SubmitOutcome, { ok: true }>; retry: () => void; select: (cell: string) => void }) {
  const { outcome } = props;
  switch (outcome.reason) {
    case "unreadable":
    case "errors":
      return h(MessageBar, { intent: "warning" }, "Dépôt non envoyé : la feuille contient des erreurs à corriger (étape Contrôle).");
    case "unreachable":
      return h(MessageBar, { intent: "error", title: "Dépôt non abouti.", actions: h(Button, { kind: "primary", onClick: props.retry }, "Réessayer") }, `${outcome.failure.message} Réessayer ne crée jamais deux dépôts.`);
    case "refused":
      return h("div", null, h(MessageBar, { intent: "error", title: "Dépôt refusé." }, outcome.failure.message), outcome.failure.findings.length > 0 ? h(FindingList, { findings: outcome.failure.findings, onSelect: props.select }) : null);
  }
}
