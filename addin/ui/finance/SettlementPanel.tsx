import { validateFinanceConfig } from "../../../shared/finance/validateFinanceConfig";
import type { FinanceConfigDocument } from "../../../shared/finance/FinanceConfigDocument";
import { ApiFailure } from "../../api/ApiFailure";
import type { FinanceConfigView } from "../../api/apiTypes";
import { describeSettlementChanges } from "../../finance/describeSettlementChanges";
import { locateSettlementProblem } from "../../finance/locateSettlementProblem";
import { planSettlementSheet } from "../../finance/planSettlementSheet";
import { readSettlementSheet } from "../../finance/readSettlementSheet";
import { settlementSheetName, settlementTableName } from "../../finance/settlementTables";
import { signedCents } from "../../finance/signedCents";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Spinner } from "../components/Spinner";
import { formatDateTime } from "../format/formatDateTime";
import { FrozenYearBar } from "./FrozenYearBar";
import { NoticeBar } from "./NoticeBar";
import type { FinanceYear } from "./useFinanceYear";
import { useTask } from "./useTask";

/** A yearly document read, or undefined when none is saved yet (404). */
async function readOrNone<T>(read: () => Promise<{ body: T; etag?: string }>): Promise<{ body: T; etag?: string } | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) return undefined;
    throw error;
  }
}

/** The settlement as the history tells it: members by INSEE code. */
const settlementsOf = (view: FinanceConfigView | undefined): FinanceConfigDocument["members"] | undefined =>
  view
    ? Object.fromEntries(
        view.members.map((member) => [
          member.insee,
          { ...(signedCents(member.acAlreadyIncluded) !== 0n ? { acAlreadyIncluded: member.acAlreadyIncluded } : {}), ...(member.invoicedItems.length > 0 ? { invoicedItems: member.invoicedItems } : {}), ...(member.withCcas ? { withCcas: true } : {}) },
        ]),
      )
    : undefined;

/**
 * The settlement panel: how each member commune settles the year's quote-parts (CCAS counted with
 * it, part already in its attribution de compensation, cost items it pays by direct invoice),
 * opened as a sheet table, edited in Excel, checked (each problem named by its cell, the sheet left
 * as typed) and saved as a whole (If-Match).
 */
export function SettlementPanel(props: { finance: FinanceYear; openCorrection: () => Promise<boolean> }) {
  const { finance } = props;
  const { year } = finance;
  const { api, workbook } = useServices();
  const task = useTask();

  const open = () =>
    task.run("Ouverture du règlement par commune…", async () => {
      const [costItems, config] = await Promise.all([readOrNone(() => api.getCostItems(year)), readOrNone(() => api.getFinanceConfig(year))]);
      if (costItems) finance.setCostItems({ view: costItems.body, ...(costItems.etag ? { etag: costItems.etag } : {}) });
      finance.setSettlement(config ? { view: config.body, ...(config.etag ? { etag: config.etag } : {}) } : {});
      const members = config
        ? config.body.members.map((member) => ({ insee: member.insee, name: member.name, acAlreadyIncluded: member.acAlreadyIncluded, invoicedItems: member.invoicedItems, withCcas: member.withCcas }))
        : (finance.communes?.communes ?? []).map((commune) => ({ insee: commune.insee, name: commune.name, acAlreadyIncluded: "0.00", invoicedItems: [], withCcas: false }));
      await workbook.writeTableSheet(planSettlementSheet(year, { members, items: costItems?.body.items ?? [] }));
      task.setNotice({
        intent: "info",
        text: config
          ? `Règlement ${year} ouvert (enregistré le ${formatDateTime(config.body.savedAt)} par ${config.body.savedBy}). Modifiez le tableau, puis enregistrez.`
          : `Aucun règlement enregistré pour ${year} : chaque commune règle tout par son attribution de compensation. Modifiez le tableau, puis enregistrez.`,
        ...(costItems ? {} : { lines: [`Aucun poste de coût pour ${year} : saisissez-les d'abord pour indiquer les postes refacturés.`] }),
      });
    });

  const save = () =>
    task.run("Enregistrement du règlement par commune…", async () => {
      const table = settlementTableName(year);
      const grid = (await workbook.readTables([table]))[table];
      if (!grid) {
        task.setNotice({ intent: "warning", text: `Le tableau du règlement ${year} est introuvable : cliquez « Ouvrir le règlement dans une feuille », modifiez-le, puis enregistrez.` });
        return;
      }
      const reading = readSettlementSheet(grid);
      // The invoiced items are checked against the year's cost items, read again if this pane has not read them yet.
      const costItems = finance.costItems.view ?? (await readOrNone(() => api.getCostItems(year)))?.body;
      const costItemIds = costItems?.items.map((item) => item.id);
      const checked = validateFinanceConfig(reading.input, { communes: finance.communeNames, costItemIds });
      const problems = [...reading.problems, ...(checked.ok ? [] : checked.problems.map((problem) => locateSettlementProblem(problem, reading.rows)))];
      if (problems.length > 0) {
        // The sheet is left as typed: the first cell to correct is selected.
        const cell = reading.problemCells[0];
        if (cell) await workbook.selectCell(settlementSheetName(year), cell);
        task.setNotice({ intent: "warning", text: `Règlement ${year} non enregistré : ${problems.length} problème(s) à corriger dans la feuille « ${settlementSheetName(year)} » (rien n'y est effacé).`, problems });
        return;
      }
      let answer: Awaited<ReturnType<typeof api.putFinanceConfig>>;
      try {
        answer = await api.putFinanceConfig(year, reading.input, finance.settlement.etag);
      } catch (error) {
        if (error instanceof ApiFailure && (error.status === 428 || error.status === 412)) {
          throw new Error(
            `Règlement ${year} non enregistré : une version a été enregistrée depuis l'ouverture de cette feuille, ou la feuille n'a pas été ouverte depuis ce volet. ` +
              `Pour ne rien écraser : copiez vos modifications, cliquez « Ouvrir le règlement dans une feuille », reportez-les puis enregistrez.`,
          );
        }
        if (error instanceof ApiFailure && error.problems.length > 0) throw new ApiFailure(error.kind, error.message, error.status, error.code, error.problems.map((problem) => locateSettlementProblem(problem, reading.rows)));
        throw error;
      }
      const names = { communes: finance.communeNames, items: new Map((costItems?.items ?? []).map((item) => [item.id, item.label] as const)) };
      const changes = describeSettlementChanges(settlementsOf(finance.settlement.view), settlementsOf(answer.body) ?? {}, names);
      finance.setSettlement({ view: answer.body, ...(answer.etag ? { etag: answer.etag } : {}) });
      task.setNotice({
        intent: "success",
        text: `Règlement ${year} enregistré${changes.length > 0 ? ` : ${changes.length} commune(s) changée(s).` : " : aucune commune ne change."} Il vaut pour les prochains calculs.`,
        lines: changes,
      });
    });

  const openCorrection = () => void props.openCorrection().then((opened) => opened && task.setNotice({ intent: "success", text: `Correction de ${year} ouverte : le règlement par commune se modifie de nouveau.` }));
  return (
    <section aria-label="Règlement par commune">
      <p class="hint">Pour chaque commune : son CCAS compté avec elle, la part de sa participation déjà comprise dans son attribution de compensation (AC), les postes qu'elle paie par facture directe.</p>
      <FrozenYearBar finance={finance} what="Le règlement par commune" onOpenCorrection={openCorrection} disabled={task.disabled} />
      <div class="actions">
        <Button onClick={open} disabled={task.disabled}>
          Ouvrir le règlement dans une feuille
        </Button>
        <Button kind="primary" onClick={save} disabled={task.disabled}>
          Enregistrer le règlement
        </Button>
      </div>
      {task.busy ? <Spinner label={task.busy} /> : null}
      {task.notice ? <NoticeBar notice={task.notice} /> : null}
    </section>
  );
}
