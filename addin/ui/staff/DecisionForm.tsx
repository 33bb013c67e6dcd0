import { useState } from "preact/hooks";
import { RETURN_REASON_LABELS, RETURN_REASONS, type Decision, type ReturnReason } from "../../../shared/adhesion/decision";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import { isIsoDate } from "../../../shared/calendar/isoDateSchema";

/**
 * The staff decision on a submitted version: validate (the adhesion becomes effective from a date,
 * by default the 1st of next month) or return it with a typed reason and a required comment.
 */
export function DecisionForm(props: { defaultEffectiveFrom: string; busy: boolean; onDecide: (decision: Decision) => void }) {
  const [kind, setKind] = useState<"validate" | "return">("validate");
  const [effectiveFrom, setEffectiveFrom] = useState(props.defaultEffectiveFrom);
  const [reason, setReason] = useState<ReturnReason>("incomplete");
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string>();
  const submit = (event: Event) => {
    event.preventDefault();
    if (kind === "return" && comment.trim() === "") return setProblem("Un commentaire est requis pour retourner une version : dites à la commune quoi corriger.");
    if (kind === "validate" && !isIsoDate(effectiveFrom)) return setProblem("Saisissez la date d'effet de l'adhésion.");
    setProblem(undefined);
    props.onDecide(kind === "validate" ? { decision: "validate", effectiveFrom, ...(comment.trim() ? { comment: comment.trim() } : {}) } : { decision: "return", reason, comment: comment.trim() });
  };
  const radio = (value: "validate" | "return", label: string) => (
    <div class="radio">
      <input type="radio" id={`decision-${value}`} name="decision" value={value} checked={kind === value} onChange={() => setKind(value)} />
      <label for={`decision-${value}`}>{label}</label>
    </div>
  );
  return (
    <form class="card decision" onSubmit={submit}>
      <h3>Décision</h3>
      <fieldset>
        <legend>Que décidez-vous ?</legend>
        {radio("validate", "Valider : l'adhésion devient effective")}
        {radio("return", "Retourner pour correction")}
      </fieldset>
      {kind === "validate" ? (
        <Field id="decision-date" label="Date d'effet de l'adhésion" hint="Un mois compte dans la quote-part quand l'adhésion est effective le 1er.">
          <input id="decision-date" type="date" value={effectiveFrom} onInput={(event: Event) => setEffectiveFrom((event.currentTarget as HTMLInputElement).value)} />
        </Field>
      ) : (
        <Field id="decision-reason" label="Motif du retour">
          <select id="decision-reason" value={reason} onChange={(event: Event) => setReason((event.currentTarget as HTMLSelectElement).value as ReturnReason)}>
            {RETURN_REASONS.map((value) => (
              <option key={value} value={value}>{`Description ${RETURN_REASON_LABELS[value]}`}</option>
            ))}
          </select>
        </Field>
      )}
      <Field id="decision-comment" label={kind === "return" ? "Commentaire pour la commune" : "Commentaire (facultatif)"} required={kind === "return"}>
        <textarea id="decision-comment" rows={3} value={comment} maxLength={2000} onInput={(event: Event) => setComment((event.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      {problem ? <MessageBar intent="warning">{problem}</MessageBar> : null}
      <div class="actions">
        <Button kind="primary" type="submit" disabled={props.busy}>
          {kind === "validate" ? "Valider la version" : "Retourner la version"}
        </Button>
      </div>
    </form>
  );
}
