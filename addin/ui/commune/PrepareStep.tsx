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
    const ok = await confirm({
      title: "Remplacer la feuille ?",
      message: "La feuille « Description organique » de ce classeur ne suit pas le modèle. La remplacer par le modèle efface son contenu.",
      confirmLabel: "Remplacer",
      danger: true,
    });
    if (ok) await sheet.rebuild(planSheetRebuild(undefined, { identity, print }), "Préparation de la feuille…");
  };
  const prefill = async () => {
    setNotice(undefined);
    try {
      const { fromVersion, submission } = await api.getPrefill(identity.insee);
      if (sheet.status === "present") {
        const ok = await confirm({
          title: "Reprendre la dernière version validée ?",
          message: `Les valeurs de la feuille seront remplacées par celles de la version ${fromVersion} validée (la date de l'état des lieux est à saisir de nouveau).`,
          confirmLabel: "Reprendre",
          danger: true,
        });
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
      const ok = await confirm({
        title: `Retirer la configuration ${number} ?`,
        message: `La configuration ${number} (${BLOCK_KIND_LABELS[kind]}) contient des données : elles seront supprimées, et les configurations suivantes renumérotées.`,
        confirmLabel: "Retirer et supprimer ses données",
        danger: true,
      });
      if (!ok) return;
    }
    const plan = planBlockChange((await sheet.freshGrid()) ?? grid, { kind, action: "remove", number }, print);
    if (plan) await sheet.rebuild(plan, "Retrait d'une configuration…");
  };

  if (sheet.status === "loading") return <Spinner label="Lecture du classeur…" />;
  const notes = notice ? <MessageBar intent="info">{notice}</MessageBar> : null;
  if (sheet.status === "absent" || sheet.status === "foreign") {
    return (
      <section class="step">
        <h2>Préparer la feuille</h2>
        {sheet.status === "foreign" ? (
          <MessageBar intent="warning">Une feuille « Description organique » existe mais ne suit pas le modèle (colonne de repères absente).</MessageBar>
        ) : (
          <p>
            Ce classeur n'a pas encore de feuille « Description organique ». Préparez-la : elle reprend toutes les rubriques de l'annexe à la convention ; les cellules à compléter sont sur fond clair.
          </p>
        )}
        {notes}
        <div class="actions">
          <Button kind="primary" onClick={sheet.status === "foreign" ? replaceForeign : prepare} disabled={disabled}>
            Préparer la feuille
          </Button>
          <Button onClick={prefill} disabled={disabled}>
            Reprendre la dernière version validée
          </Button>
        </div>
      </section>
    );
  }
  const blocks = sheet.reading?.blocks ?? { fibre: 0, interconnexion: 0, isole: 0 };
  return (
    <section class="step">
      <h2>Feuille « Description organique »</h2>
      <MessageBar intent="success">{`Feuille prête : ${blocks.fibre + blocks.interconnexion + blocks.isole} configuration(s) de sites. Complétez les cellules sur fond clair ; les constats s'affichent à l'étape Contrôle.`}</MessageBar>
      {notes}
      <h3>Configurations de sites</h3>
      <p class="hint">Créez autant de configurations que nécessaire ; aucune n'est aussi possible. Les valeurs saisies sont conservées.</p>
      {BLOCK_DEFINITIONS.map(({ kind }) => (
        <div key={kind} class="block-kind">
          <h4>
            {BLOCK_KIND_LABELS[kind]}
            <span class="count">{` (${blocks[kind]})`}</span>
          </h4>
          <ul class="block-list">
            {Array.from({ length: blocks[kind] }, (_, index) => (
              <li key={index}>
                <span>{`Configuration ${index + 1}`}</span>
                <Button kind="subtle" onClick={() => void removeBlock(kind, index + 1)} disabled={disabled} label={`Retirer la configuration ${index + 1} : ${BLOCK_KIND_LABELS[kind]}`}>
                  Retirer
                </Button>
              </li>
            ))}
          </ul>
          <Button onClick={() => void addBlock(kind)} disabled={disabled || blocks[kind] >= MAX_BLOCKS_PER_KIND} label={`Ajouter une configuration : ${BLOCK_KIND_LABELS[kind]}`}>
            + Ajouter une configuration
          </Button>
        </div>
      ))}
      <h3>Entretien</h3>
      <div class="actions">
        <Button onClick={() => void repair()} disabled={disabled}>
          Réparer la feuille
        </Button>
        <Button onClick={prefill} disabled={disabled}>
          Reprendre la dernière version validée
        </Button>
      </div>
      <p class="hint">Réparer redessine la feuille (lignes, formats, listes, protection) en gardant toutes les valeurs saisies.</p>
    </section>
  );
}
