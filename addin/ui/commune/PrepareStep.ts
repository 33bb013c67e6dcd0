import { h } from "preact";
import { useState } from "preact/hooks";
import { BLOCK_DEFINITIONS, type BlockKind } from "../../../shared/inventory/siteBlocks";
import { ApiFailure } from "../../api/ApiFailure";
import { MAX_BLOCKS_PER_KIND } from "../../commune/blockLimits";
import { planBlockChange } from "../../commune/planBlockChange";
import { planSheetRebuild, type CommuneIdentity } from "../../commune/planSheetRebuild";
import { planSubmissionSheet } from "../../commune/planSubmissionSheet";
import { blockHasData } from "../../sheet/blockHasData";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { MessageBar } from "../components/MessageBar";
import { Spinner } from "../components/Spinner";
import type { ConfirmRequest } from "../components/useConfirm";
import { describeError } from "../describeError";
import { BLOCK_KIND_LABELS } from "./blockKindLabels";
import type { CommuneSheet } from "./useCommuneSheet";

/** Step 1: prepare the sheet, add or remove site configurations, repair it, or start from the last validated version. */
export function PrepareStep(props: { sheet: CommuneSheet; identity: CommuneIdentity; confirm: (request: ConfirmRequest) => Promise<boolean> }) {
  const { sheet, identity, confirm } = props;
  const { api, workbook } = useServices();
  const [notice, setNotice] = useState<string>();
  const print = workbook.capabilities.excelApi19;
  const disabled = sheet.busy !== undefined;

  const prepare = () => sheet.rebuild(planSheetRebuild(undefined, { identity, print }), "Préparation de la feuille…");
  // Every rebuild starts from the sheet as it is now: a value typed a moment ago is carried over too.
  const repair = async () => sheet.rebuild(planSheetRebuild(await sheet.freshGrid(), { identity, print }), "Réparation de la feuille…");
  const replaceForeign = async () => {
    const ok = await confirm({ title: "Remplacer la feuille ?", message: "La feuille « Description organique » de ce classeur ne suit pas le modèle. La remplacer par le modèle efface son contenu.", confirmLabel: "Remplacer", danger: true });
    if (ok) await sheet.rebuild(planSheetRebuild(undefined, { identity, print }), "Préparation de la feuille…");
  };
  const prefill = async () => {
    setNotice(undefined);
    try {
      const { fromVersion, submission } = await api.getPrefill(identity.insee);
      if (sheet.status === "present") {
        const ok = await confirm({ title: "Reprendre la dernière version validée ?", message: `Les valeurs de la feuille seront remplacées par celles de la version ${fromVersion} validée (la date de l'état des lieux est à saisir de nouveau).`, confirmLabel: "Reprendre", danger: true });
        if (!ok) return;
      }
      await sheet.rebuild(planSubmissionSheet(submission, { print }), `Reprise de la version ${fromVersion}…`);
      setNotice(`Version ${fromVersion} reprise : vérifiez chaque valeur et saisissez la date du nouvel état des lieux.`);
    } catch (error) {
      setNotice(error instanceof ApiFailure && error.status === 404 ? "Aucune version validée à reprendre pour votre commune." : describeError(error));
    }
  };
  const addBlock = async (kind: BlockKind) => {
    const grid = await sheet.freshGrid();
    const plan = grid && planBlockChange(grid, { kind, action: "add" }, print);
    if (plan) await sheet.rebuild(plan, "Ajout d'une configuration…");
  };
  const removeBlock = async (kind: BlockKind, number: number) => {
    const grid = await sheet.freshGrid();
    if (!grid) return;
    if (blockHasData(grid, kind, number)) {
      const ok = await confirm({ title: `Retirer la configuration ${number} ?`, message: `La configuration ${number} (${BLOCK_KIND_LABELS[kind]}) contient des données : elles seront supprimées, et les configurations suivantes renumérotées.`, confirmLabel: "Retirer et supprimer ses données", danger: true });
      if (!ok) return;
    }
    const plan = planBlockChange((await sheet.freshGrid()) ?? grid, { kind, action: "remove", number }, print);
    if (plan) await sheet.rebuild(plan, "Retrait d'une configuration…");
  };

  if (sheet.status === "loading") return h(Spinner, { label: "Lecture du classeur…" });
  const notes = notice ? h(MessageBar, { intent: "info" }, notice) : null;
  if (sheet.status === "absent" || sheet.status === "foreign") {
    return h(
      "section",
      { class: "step" },
      h("h2", null, "Préparer la feuille"),
      sheet.status === "foreign"
        ? h(MessageBar, { intent: "warning" }, "Une feuille « Description organique » existe mais ne suit pas le modèle (colonne de repères absente).")
        : h("p", null, "Ce classeur n'a pas encore de feuille « Description organique ». Préparez-la : elle reprend toutes les rubriques de l'annexe à la convention ; les cellules à compléter sont sur fond clair."),
      notes,
      h(
        "div",
        { class: "actions" },
        h(Button, { kind: "primary", onClick: sheet.status === "foreign" ? replaceForeign : prepare, disabled }, "Préparer la feuille"),
        h(Button, { onClick: prefill, disabled }, "Reprendre la dernière version validée"),
      ),
    );
  }
  const blocks = sheet.reading?.blocks ?? { fibre: 0, interconnexion: 0, isole: 0 };
  return h(
    "section",
    { class: "step" },
    h("h2", null, "Feuille « Description organique »"),
    h(MessageBar, { intent: "success" }, `Feuille prête : ${blocks.fibre + blocks.interconnexion + blocks.isole} configuration(s) de sites. Complétez les cellules sur fond clair ; les constats s'affichent à l'étape Contrôle.`),
    notes,
    h("h3", null, "Configurations de sites"),
    h("p", { class: "hint" }, "Créez autant de configurations que nécessaire ; aucune n'est aussi possible. Les valeurs saisies sont conservées."),
    BLOCK_DEFINITIONS.map(({ kind }) =>
      h(
        "div",
        { key: kind, class: "block-kind" },
        h("h4", null, BLOCK_KIND_LABELS[kind], h("span", { class: "count" }, ` (${blocks[kind]})`)),
        h(
          "ul",
          { class: "block-list" },
          Array.from({ length: blocks[kind] }, (_, index) =>
            h(
              "li",
              { key: index },
              h("span", null, `Configuration ${index + 1}`),
              h(Button, { kind: "subtle", onClick: () => void removeBlock(kind, index + 1), disabled, label: `Retirer la configuration ${index + 1} : ${BLOCK_KIND_LABELS[kind]}` }, "Retirer"),
            ),
          ),
        ),
        h(Button, { onClick: () => void addBlock(kind), disabled: disabled || blocks[kind] >= MAX_BLOCKS_PER_KIND, label: `Ajouter une configuration : ${BLOCK_KIND_LABELS[kind]}` }, "+ Ajouter une configuration"),
      ),
    ),
    h("h3", null, "Entretien"),
    h(
      "div",
      { class: "actions" },
      h(Button, { onClick: () => void repair(), disabled }, "Réparer la feuille"),
      h(Button, { onClick: prefill, disabled }, "Reprendre la dernière version validée"),
    ),
    h("p", { class: "hint" }, "Réparer redessine la feuille (lignes, formats, listes, protection) en gardant toutes les valeurs saisies."),
  );
}
