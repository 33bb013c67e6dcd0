import { useState } from "preact/hooks";
import { validateCostItems } from "../../../shared/finance/validateCostItems";
import { ApiFailure } from "../../api/ApiFailure";
import type { CostItemsView } from "../../api/apiTypes";
import { costItemsTableNames } from "../../finance/costItemsTables";
import { planCostItemsSheet } from "../../finance/planCostItemsSheet";
import { locateCostItemProblem, readCostItemsSheet } from "../../finance/readCostItemsSheet";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { Spinner } from "../components/Spinner";
import { formatDateTime } from "../format/formatDateTime";
import { FrozenYearBar } from "./FrozenYearBar";
import { NoticeBar } from "./NoticeBar";
import type { FinanceYear } from "./useFinanceYear";
import { useTask } from "./useTask";

/** The cost items panel: the year's cost items opened as a sheet table, edited in Excel, checked and saved (If-Match). */
export function CostItemsPanel(props: { finance: FinanceYear; openCorrection: () => Promise<boolean> }) {
  const { finance } = props;
  const { year } = finance;
  const { api, workbook } = useServices();
  const task = useTask();
  const [rounding, setRounding] = useState<"cent" | "euro">(finance.costItems.view?.rounding ?? "cent");
  const [prorata, setProrata] = useState<"monthly" | "daily">(finance.costItems.view?.prorata ?? "monthly");

  const open = () =>
    task.run("Ouverture des postes de coût…", async () => {
      let view: CostItemsView | undefined;
      let etag: string | undefined;
      try {
        const answer = await api.getCostItems(year);
        view = answer.body;
        etag = answer.etag;
      } catch (error) {
        if (!(error instanceof ApiFailure && error.status === 404)) throw error;
      }
      if (view) {
        setRounding(view.rounding);
        setProrata(view.prorata);
      }
      finance.setCostItems({ ...(view ? { view } : {}), ...(etag ? { etag } : {}) });
      await workbook.writeTableSheet(planCostItemsSheet(year, { items: view?.items ?? [], metropoleWeights: view?.metropole.weights ?? {} }));
      task.setNotice({
        intent: "info",
        text: view
          ? `Postes de coût ${year} ouverts (enregistrés le ${formatDateTime(view.savedAt)}). Modifiez le tableau, puis enregistrez.`
          : `Aucun poste de coût pour ${year} : saisissez-les dans le tableau, puis enregistrez.`,
      });
    });

  const save = () =>
    task.run("Enregistrement des postes de coût…", async () => {
      const names = costItemsTableNames(year);
      const tables = await workbook.readTables([names.items, names.metropole]);
      const reading = readCostItemsSheet(tables[names.items] ?? [], tables[names.metropole] ?? [], { rounding, prorata });
      const checked = validateCostItems(reading.input, { metropoleId: finance.metropole.id, communeIds: finance.communes?.communes.map((commune) => commune.insee) ?? [] });
      const problems = [...reading.problems, ...(checked.ok ? [] : checked.problems.map((problem) => locateCostItemProblem(problem, reading.itemRows)))];
      if (problems.length > 0) {
        task.setNotice({ intent: "warning", text: `Postes de coût non enregistrés : ${problems.length} problème(s) à corriger dans la feuille.`, problems });
        return;
      }
      let answer: Awaited<ReturnType<typeof api.putCostItems>>;
      try {
        answer = await api.putCostItems(year, reading.input, finance.costItems.etag);
      } catch (error) {
        // Saved by someone else since this sheet was opened, or this sheet was never opened in this pane (reopened file, other year).
        if (error instanceof ApiFailure && (error.status === 428 || error.status === 412)) throw new Error(staleCostItemsMessage(year));
        if (error instanceof ApiFailure && error.problems.length > 0) throw new ApiFailure(error.kind, error.message, error.status, error.code, error.problems.map((problem) => locateCostItemProblem(problem, reading.itemRows)));
        throw error;
      }
      finance.setCostItems({ view: answer.body, ...(answer.etag ? { etag: answer.etag } : {}) });
      task.setNotice({ intent: "success", text: `Postes de coût ${year} enregistrés : ${answer.body.items.length} poste(s).` });
    });

  const openCorrection = () => void props.openCorrection().then((opened) => opened && task.setNotice({ intent: "success", text: `Correction de ${year} ouverte : les postes de coût se modifient de nouveau.` }));
  return (
    <section aria-label="Postes de coût">
      <p class="hint">Les postes de coût mutualisés de l'année, leur montant et leur clé de répartition, saisis dans un tableau Excel.</p>
      <FrozenYearBar finance={finance} what="Les postes de coût" onOpenCorrection={openCorrection} disabled={task.disabled} />
      <div class="row">
        <Field id="finance-rounding" label="Arrondi">
          <select id="finance-rounding" value={rounding} onChange={(event: Event) => setRounding((event.currentTarget as HTMLSelectElement).value as "cent" | "euro")}>
            <option value="cent">au centime</option>
            <option value="euro">à l'euro</option>
          </select>
        </Field>
        <Field id="finance-prorata" label="Prorata">
          <select id="finance-prorata" value={prorata} onChange={(event: Event) => setProrata((event.currentTarget as HTMLSelectElement).value as "monthly" | "daily")}>
            <option value="monthly">mensuel</option>
            <option value="daily">journalier</option>
          </select>
        </Field>
      </div>
      <div class="actions">
        <Button onClick={open} disabled={task.disabled}>
          Ouvrir dans une feuille
        </Button>
        <Button kind="primary" onClick={save} disabled={task.disabled}>
          Enregistrer les postes
        </Button>
      </div>
      {task.busy ? <Spinner label={task.busy} /> : null}
      {task.notice ? <NoticeBar notice={task.notice} /> : null}
    </section>
  );
}

/** What finance is told when the cost items it saves are not based on the version stored (428, 412). */
function staleCostItemsMessage(year: number): string {
  return (
    `Postes de coût ${year} non enregistrés : une version a été enregistrée depuis l'ouverture de cette feuille, ou la feuille n'a pas été ouverte depuis ce volet (classeur rouvert, autre année). ` +
    `Pour ne rien écraser : copiez vos modifications, cliquez « Ouvrir dans une feuille » (la feuille est remplacée par la version enregistrée), reportez-les puis enregistrez.`
  );
}
