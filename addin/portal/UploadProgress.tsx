import type { UploadStage } from "./submitWorkbook";

/** How far the submission is, in French. */
function labelOf(stage: UploadStage | undefined, attempt: number): string {
  if (stage === "retrying") return `Connexion interrompue : nouvel essai d'envoi (essai ${attempt} sur 3)…`;
  if (stage === "done") return "Dépôt enregistré.";
  return "Envoi du classeur à la Métropole et contrôle final…";
}

/** The submission's progress while it is sent: a bar and its stage, announced politely. */
export function UploadProgress(props: { stage: UploadStage | undefined; attempt: number }) {
  const value = props.stage === "done" ? 100 : props.stage === "retrying" ? 50 : 30;
  const label = labelOf(props.stage, props.attempt);
  return (
    <div class="upload-progress">
      <div class="progress-label" role="status">
        {label}
      </div>
      <div class="progress" role="progressbar" aria-label="Avancement du dépôt" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={label}>
        <div class="progress-bar" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
