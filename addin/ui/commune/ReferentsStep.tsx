import type { InputHTMLAttributes } from "preact";
import { useEffect, useState } from "preact/hooks";
import { MAX_REFERENTS, REFERENT_FIELDS, type Referent } from "../../../shared/inventory/referent";
import { planReferentWrites } from "../../commune/planReferentWrites";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import type { CommuneSheet } from "./useCommuneSheet";

const EMPTY: Referent = { nom: "", prenom: "", fonction: "", telephone: "", email: "" };
// Each field's input type and autocomplete hint (typed per input type: Preact types an <input>'s attributes by its type).
const INPUT_ATTRIBUTES: Readonly<Record<keyof Referent, InputHTMLAttributes<HTMLInputElement>>> = {
  nom: { type: "text", autocomplete: "family-name" },
  prenom: { type: "text", autocomplete: "given-name" },
  fonction: { type: "text", autocomplete: "organization-title" },
  telephone: { type: "tel", autocomplete: "tel" },
  email: { type: "email", autocomplete: "email" },
};
const isBlank = (referent: Referent) => REFERENT_FIELDS.every(({ key }) => referent[key].trim() === "");

/** Step 3: the commune's référents (1 to 6), edited here and written in the sheet at once. */
export function ReferentsStep(props: { sheet: CommuneSheet }) {
  const { sheet } = props;
  const layout = sheet.reading?.layout;
  const fromSheet = (sheet.reading?.submission?.inventory.referents ?? []).filter((referent) => !isBlank(referent));
  const [referents, setReferents] = useState<Referent[]>(fromSheet.length > 0 ? fromSheet : [EMPTY]);
  const [dirty, setDirty] = useState(false);
  const sheetJson = JSON.stringify(fromSheet);
  useEffect(() => {
    if (!dirty) setReferents(fromSheet.length > 0 ? fromSheet : [EMPTY]);
  }, [sheetJson]);
  if (!layout)
    return (
      <section class="step">
        <h2>Référents</h2>
        <MessageBar intent="info">Préparez d'abord la feuille (étape 1).</MessageBar>
      </section>
    );
  const update = (index: number, key: keyof Referent, value: string) => {
    setDirty(true);
    setReferents((current) => current.map((referent, position) => (position === index ? { ...referent, [key]: value } : referent)));
  };
  const save = async (event: Event) => {
    event.preventDefault();
    await sheet.writeCells(planReferentWrites(layout, referents.filter((referent) => !isBlank(referent))), "Enregistrement des référents dans la feuille…");
    setDirty(false);
  };
  const disabled = sheet.busy !== undefined;
  return (
    <form class="step" onSubmit={save}>
      <h2>Référents de la commune</h2>
      <p class="hint">{`Un à ${MAX_REFERENTS} référents : nom, prénom, fonction, téléphone et email.`}</p>
      {referents.map((referent, index) => (
        <fieldset key={index} class="referent">
          <legend>{`Référent ${index + 1}`}</legend>
          {REFERENT_FIELDS.map(({ key, label }) => (
            <Field key={key} id={`referent-${index}-${key}`} label={label}>
              <input
                id={`referent-${index}-${key}`}
                {...INPUT_ATTRIBUTES[key]}
                value={referent[key]}
                onInput={(event: Event) => update(index, key, (event.currentTarget as HTMLInputElement).value)}
              />
            </Field>
          ))}
          {referents.length > 1 ? (
            <Button kind="subtle" label={`Retirer le référent ${index + 1}`} onClick={() => (setDirty(true), setReferents((current) => current.filter((_, position) => position !== index)))}>
              Retirer ce référent
            </Button>
          ) : null}
        </fieldset>
      ))}
      <div class="actions">
        <Button kind="primary" type="submit" disabled={disabled}>
          Enregistrer dans la feuille
        </Button>
        <Button onClick={() => (setDirty(true), setReferents((current) => [...current, EMPTY]))} disabled={referents.length >= MAX_REFERENTS}>
          + Ajouter un référent
        </Button>
      </div>
      {dirty ? (
        <p class="hint" role="status">
          Modifications non encore écrites dans la feuille.
        </p>
      ) : null}
    </form>
  );
}
