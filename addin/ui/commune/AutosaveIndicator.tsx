import type { AutosaveStatus } from "../../commune/createAutosave";
import { formatTime } from "../format/formatDateTime";

/** The words of each autosave state (the two the issue names: « Brouillon enregistré », « Impossible d'enregistrer le brouillon »). */
export function autosaveText(status: AutosaveStatus): { tone: "neutral" | "success" | "error" | "warning"; text: string } {
  switch (status.state) {
    case "idle":
      return { tone: "neutral", text: "Brouillon : enregistrement automatique" };
    case "pending":
    case "saving":
      return { tone: "neutral", text: "Enregistrement du brouillon…" };
    case "saved":
      return { tone: "success", text: `Brouillon enregistré à ${formatTime(status.at)}` };
    case "failed":
      return { tone: "error", text: `Impossible d'enregistrer le brouillon : ${status.message} Nouvel essai automatique.` };
    case "paused":
      return { tone: "warning", text: "Brouillon en attente : reconnectez-vous pour l'enregistrer." };
  }
}

/** The draft's autosave state, announced politely to screen readers. */
export function AutosaveIndicator(props: { status: AutosaveStatus }) {
  const { tone, text } = autosaveText(props.status);
  return (
    <div class={`autosave autosave-${tone}`} role="status" aria-live="polite" data-state={props.status.state}>
      {text}
    </div>
  );
}
