import { costItemsVersionsSheetName, planCostItemsVersionsSheet } from "../../finance/planCostItemsVersionsSheet";
import { financeHistorySheetName, planFinanceHistorySheet } from "../../finance/planFinanceHistorySheet";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Spinner } from "../components/Spinner";
import { NoticeBar } from "./NoticeBar";
import type { FinanceYear } from "./useFinanceYear";
import { useTask } from "./useTask";

/** The history panel: the year's finance journal, and every saved version of its cost items, written into sheets. */
export function HistoryPanel(props: { finance: FinanceYear }) {
  const { finance } = props;
  const { year } = finance;
  const { api, workbook } = useServices();
  const task = useTask();

  const writeHistory = () =>
    task.run("Écriture de l'historique…", async () => {
      const [history, versions] = await Promise.all([api.getFinanceHistory(year), api.listCostItemsVersions(year)]);
      // Items are named by their latest label; a removed item keeps the label it last had.
      const items = new Map(versions.versions.flatMap((version) => version.items.map((item) => [item.id, item.label] as const)));
      await workbook.writeTableSheet(planFinanceHistorySheet(year, history.entries, { communes: finance.communeNames, items }));
      task.setNotice({ intent: "success", text: `Historique des finances ${year} écrit dans la feuille « ${financeHistorySheetName(year)} » : ${history.count} événement(s).` });
    });

  const writeVersions = () =>
    task.run("Écriture des versions des postes de coût…", async () => {
      const versions = await api.listCostItemsVersions(year);
      if (versions.count === 0) {
        task.setNotice({ intent: "info", text: `Aucune version des postes de coût ${year} n'est enregistrée.` });
        return;
      }
      await workbook.writeTableSheet(planCostItemsVersionsSheet(year, versions.versions));
      task.setNotice({ intent: "success", text: `${versions.count} version(s) des postes de coût ${year} écrites dans la feuille « ${costItemsVersionsSheetName(year)} ».` });
    });

  return (
    <section aria-label="Historique">
      <p class="hint">Ce qui a changé dans les finances de l'année, par qui et quand : postes de coût et règlement (avant → après), calculs, publications, corrections et leur motif.</p>
      <div class="actions">
        <Button kind="primary" onClick={writeHistory} disabled={task.disabled}>
          Écrire l'historique dans une feuille
        </Button>
        <Button onClick={writeVersions} disabled={task.disabled}>
          Versions des postes de coût
        </Button>
      </div>
      {task.busy ? <Spinner label={task.busy} /> : null}
      {task.notice ? <NoticeBar notice={task.notice} /> : null}
    </section>
  );
}
