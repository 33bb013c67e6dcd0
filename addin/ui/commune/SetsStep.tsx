import { useEffect, useState } from "preact/hooks";
import { FUNCTIONAL_DOMAINS, type DomainNumber } from "../../../shared/catalogue/functionalDomains";
import { SERVICE_SETS, type SetId } from "../../../shared/catalogue/serviceSets";
import { planSelectionWrites } from "../../commune/planSelectionWrites";
import { Checkbox } from "../components/Checkbox";
import { MessageBar } from "../components/MessageBar";
import type { CommuneSheet } from "./useCommuneSheet";

const toggle = <T,>(values: readonly T[], value: T, on: boolean): T[] => (on ? [...new Set([...values, value])] : values.filter((candidate) => candidate !== value));

/** Step 2: the sets A, B, C and the C domains, each with its short description; every click is written in the sheet. */
export function SetsStep(props: { sheet: CommuneSheet }) {
  const { sheet } = props;
  const read = sheet.reading?.submission;
  const layout = sheet.reading?.layout;
  // The choice shows at once; the sheet, read again after the write, then confirms it.
  const [pending, setPending] = useState<{ sets: readonly SetId[]; domains: readonly DomainNumber[] }>();
  const readJson = JSON.stringify([read?.sets, read?.domains]);
  useEffect(() => setPending(undefined), [readJson]);
  const submission = read && pending ? { ...read, ...pending } : read;
  if (!submission || !layout) {
    return (
      <section class="step">
        <h2>Ensembles de services</h2>
        <MessageBar intent="info">
          {sheet.status === "present" ? "La feuille contient des valeurs illisibles (voir l'étape Contrôle) : corrigez-les pour choisir les ensembles ici." : "Préparez d'abord la feuille (étape 1)."}
        </MessageBar>
      </section>
    );
  }
  const disabled = sheet.busy !== undefined;
  const write = (sets: readonly SetId[], domains: readonly DomainNumber[]) => {
    setPending({ sets, domains });
    return sheet.writeCells(planSelectionWrites(layout, sets, domains), "Enregistrement du choix dans la feuille…");
  };
  const hasC = submission.sets.includes("C");
  return (
    <section class="step">
      <h2>Ensembles de services</h2>
      <p class="hint">Choisissez un, deux ou les trois ensembles. L'ensemble C se choisit par domaine fonctionnel. Le choix est écrit dans la feuille.</p>
      <fieldset>
        <legend>Ensembles</legend>
        {SERVICE_SETS.map((set) => (
          <Checkbox
            key={set.id}
            id={`set-${set.id}`}
            label={`Ensemble ${set.id} — ${set.label}`}
            description={set.description}
            checked={submission.sets.includes(set.id)}
            disabled={disabled}
            onChange={(checked) => void write(toggle(submission.sets, set.id, checked), submission.domains as DomainNumber[])}
          />
        ))}
      </fieldset>
      <fieldset disabled={!hasC || disabled}>
        <legend>Domaines de l'ensemble C</legend>
        {hasC ? (
          submission.domains.length === 0 ? (
            <MessageBar intent="warning">Choisissez au moins un domaine pour l'ensemble C.</MessageBar>
          ) : null
        ) : (
          <p class="hint">Cochez l'ensemble C pour choisir ses domaines.</p>
        )}
        <div class="domain-grid">
          {FUNCTIONAL_DOMAINS.map((domain) => (
            <Checkbox
              key={domain.number}
              id={`domain-${domain.number}`}
              label={`${domain.number}. ${domain.label}`}
              description={domain.description}
              checked={submission.domains.includes(domain.number)}
              disabled={!hasC || disabled}
              onChange={(checked) => void write(submission.sets, toggle(submission.domains as DomainNumber[], domain.number, checked))}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}
