import { useState } from "preact/hooks";
import { Button } from "../components/Button";
import { Dialog } from "../components/Dialog";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";

/**
 * Asks the reason of a correction of a published year (« annule et remplace »), as the deliberation
 * will state it; `onOpen` opens it and resolves to an error message to show (the reason typed is
 * kept), or undefined once opened.
 */
export function OpenCorrectionDialog(props: { year: number; publishedRunId: string; confirmLabel: string; onOpen: (reason: string) => Promise<string | undefined>; onCancel: () => void }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (reason.trim() === "") {
      setError("Indiquez le motif de la correction (erreur constatée, délibération…).");
      return;
    }
    setBusy(true);
    setError(await props.onOpen(reason.trim()));
    setBusy(false);
  };
  return (
    <Dialog
      title={`Ouvrir une correction des quotes-parts ${props.year}`}
      onCancel={props.onCancel}
      actions={[
        <Button key="open" kind="primary" onClick={() => void submit()} disabled={busy}>
          {props.confirmLabel}
        </Button>,
        <Button key="cancel" onClick={props.onCancel} disabled={busy}>
          Annuler
        </Button>,
      ]}
    >
      <p>
        {`Le calcul publié ${props.publishedRunId} reste en vigueur tant qu'un calcul correctif n'est pas publié. Pendant la correction, les postes de coût et le règlement par commune sont de nouveau modifiables, et chaque calcul est correctif : publié, il annule et remplace le calcul publié.`}
      </p>
      <Field id="correction-reason" label="Motif de la correction" required hint="Il figurera dans l'historique et sur le calcul correctif.">
        <textarea id="correction-reason" data-autofocus rows={3} value={reason} aria-required="true" onInput={(event: Event) => {
            setReason((event.currentTarget as HTMLTextAreaElement).value);
            setError(undefined);
          }} />
      </Field>
      {error ? <MessageBar intent="error">{error}</MessageBar> : null}
    </Dialog>
  );
}
