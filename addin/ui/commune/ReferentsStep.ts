import { h } from "preact";
import { useEffect, useState } from "preact/hooks";
import { MAX_REFERENTS, REFERENT_FIELDS, type Referent } from "../../../shared/inventory/referent";
import { planReferentWrites } from "../../commune/planReferentWrites";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import type { CommuneSheet } from "./useCommuneSheet";

const EMPTY: Referent = { nom: "", prenom: "", fonction: "", telephone: "", email: "" };
const INPUT_TYPES: Partial<Record<keyof Referent, string>> = { telephone: "tel", email: "email" };
const AUTOCOMPLETE: Readonly<Record<keyof Referent, string>> = { nom: "family-name", prenom: "given-name", fonction: "organization-title", telephone: "tel", email: "email" };
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
  if (!layout) return h("section", { class: "step" }, h("h2", null, "Référents"), h(MessageBar, { intent: "info" }, "Préparez d'abord la feuille (étape 1)."));
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
  return h(
    "form",
    { class: "step", onSubmit: save },
    h("h2", null, "Référents de la commune"),
    h("p", { class: "hint" }, `Un à ${MAX_REFERENTS} référents : nom, prénom, fonction, téléphone et email.`),
    referents.map((referent, index) =>
      h(
        "fieldset",
        { key: index, class: "referent" },
        h("legend", null, `Référent ${index + 1}`),
        REFERENT_FIELDS.map(({ key, label }) =>
          h(
            Field,
            { key, id: `referent-${index}-${key}`, label },
            h("input", {
              id: `referent-${index}-${key}`,
              type: INPUT_TYPES[key] ?? "text",
              value: referent[key],
              autocomplete: AUTOCOMPLETE[key],
              onInput: (event: Event) => update(index, key, (event.currentTarget as HTMLInputElement).value),
            }),
          ),
        ),
        referents.length > 1
          ? h(Button, { kind: "subtle", label: `Retirer le référent ${index + 1}`, onClick: () => (setDirty(true), setReferents((current) => current.filter((_, position) => position !== index))) }, "Retirer ce référent")
          : null,
      ),
    ),
    h(
      "div",
      { class: "actions" },
      h(Button, { kind: "primary", type: "submit", disabled }, "Enregistrer dans la feuille"),
      h(Button, { onClick: () => (setDirty(true), setReferents((current) => [...current, EMPTY])), disabled: referents.length >= MAX_REFERENTS }, "+ Ajouter un référent"),
    ),
    dirty ? h("p", { class: "hint", role: "status" }, "Modifications non encore écrites dans la feuille.") : null,
  );
}
