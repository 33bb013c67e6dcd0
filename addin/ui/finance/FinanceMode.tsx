import { useEffect, useState } from "preact/hooks";
import { validateCostItems } from "../../../shared/finance/validateCostItems";
import { describeProblem, type Problem } from "../../../shared/validation/problem";
import type { CommuneList, CostItemsView, RunSummary } from "../../api/apiTypes";
import { ApiFailure } from "../../api/ApiFailure";
import { retryCall } from "../../api/retryCall";
import { costItemsTableNames } from "../../finance/costItemsTables";
import { planCostItemsSheet } from "../../finance/planCostItemsSheet";
import { planQuotePartsSheet } from "../../finance/planQuotePartsSheet";
import { locateCostItemProblem, readCostItemsSheet } from "../../finance/readCostItemsSheet";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { useConfirm } from "../components/useConfirm";
import { describeError } from "../describeError";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { formatDateTime, formatDay } from "../format/formatDateTime";

type Notice = { intent: "success" | "error" | "warning" | "info"; text: string; problems?: readonly Problem[] };

/**
 * Finance's mode: a year's cost items edited in a sheet table, saved to the API; the quote-parts
 * computed, written into a sheet (tables, totals with the AC adjustments, check rows, a chart),
 * exported as CSV or XLSX, and published.
 */
export function FinanceMode() {
  const { api, workbook, now, saveFile } = useServices();
  const [year, setYear] = useState(Number(todayInParis(now()).slice(0, 4)));
  const [rounding, setRounding] = useState<"cent" | "euro">("cent");
  const [prorata, setProrata] = useState<"monthly" | "daily">("monthly");
  const [costItems, setCostItems] = useState<{ view?: CostItemsView; etag?: string }>({});
  const [communes, setCommunes] = useState<CommuneList>();
  const [runs, setRuns] = useState<{ publishedRunId: string | null; runs: readonly RunSummary[] }>();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const { confirm, dialog } = useConfirm();

  const loadRuns = async () => setRuns(await api.listRuns(year).catch(() => undefined));
  useEffect(() => {
    void api.listCommunes().then(setCommunes, (error: unknown) => setNotice({ intent: "error", text: describeError(error) }));
  }, []);
  useEffect(() => {
    setCostItems({});
    void loadRuns();
  }, [year]);

  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error), ...(error instanceof ApiFailure && error.problems.length > 0 ? { problems: error.problems } : {}) });
    } finally {
      setBusy(undefined);
    }
  };

  const openCostItems = () =>
    run("Ouverture des postes de coût…", async () => {
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
      setCostItems({ ...(view ? { view } : {}), ...(etag ? { etag } : {}) });
      await workbook.writeTableSheet(planCostItemsSheet(year, { items: view?.items ?? [], metropoleWeights: view?.metropole.weights ?? {} }));
      setNotice({
        intent: "info",
        text: view
          ? `Postes de coût ${year} ouverts (enregistrés le ${formatDateTime(view.savedAt)}). Modifiez le tableau, puis enregistrez.`
          : `Aucun poste de coût pour ${year} : saisissez-les dans le tableau, puis enregistrez.`,
      });
    });

  const saveCostItems = () =>
    run("Enregistrement des postes de coût…", async () => {
      const names = costItemsTableNames(year);
      const tables = await workbook.readTables([names.items, names.metropole]);
      const reading = readCostItemsSheet(tables[names.items] ?? [], tables[names.metropole] ?? [], { rounding, prorata });
      const metropoleId = costItems.view?.metropole.id ?? communes?.epci?.siren ?? "";
      const checked = validateCostItems(reading.input, { metropoleId, communeIds: communes?.communes.map((commune) => commune.insee) ?? [] });
      const problems = [...reading.problems, ...(checked.ok ? [] : checked.problems.map((problem) => locateCostItemProblem(problem, reading.itemRows)))];
      if (problems.length > 0) {
        setNotice({ intent: "warning", text: `Postes de coût non enregistrés : ${problems.length} problème(s) à corriger dans la feuille.`, problems });
        return;
      }
      let answer: Awaited<ReturnType<typeof api.putCostItems>>;
      try {
        answer = await api.putCostItems(year, reading.input, costItems.etag);
      } catch (error) {
        // Saved by someone else since this sheet was opened, or this sheet was never opened in this pane (reopened file, other year).
        if (error instanceof ApiFailure && (error.status === 428 || error.status === 412)) throw new Error(staleCostItemsMessage(year));
        throw error;
      }
      setCostItems({ view: answer.body, ...(answer.etag ? { etag: answer.etag } : {}) });
      setNotice({ intent: "success", text: `Postes de coût ${year} enregistrés : ${answer.body.items.length} poste(s).` });
    });

  const writeRun = async (runId: string) => {
    const [detail, snapshot] = await Promise.all([api.getRun(year, runId), api.getRunSnapshot(year, runId)]);
    const names = new Map(snapshot.members.map((member) => [member.id, member.name] as const));
    const metropole = { id: snapshot.metropole.id, name: costItems.view?.metropole.name ?? communes?.epci?.name ?? "Métropole" };
    await workbook.writeTableSheet(planQuotePartsSheet(detail.body.report, { runId, statusLabel: detail.body.statusLabel, items: snapshot.costItems, names, metropole }));
    return detail.body;
  };

  const compute = () =>
    run("Calcul des quotes-parts…", async () => {
      const cutoff = todayInParis(now());
      const key = `calcul-${crypto.randomUUID()}`;
      const computed = await retryCall(() => api.computeRun(year, cutoff, key), { delaysMs: [1000, 3000] });
      setBusy("Écriture des quotes-parts dans une feuille…");
      await writeRun(computed.body.runId);
      await loadRuns();
      setNotice({ intent: "success", text: `Quotes-parts ${year} calculées (données au ${formatDay(cutoff)}) et écrites dans la feuille « Quotes-parts ${year} ». Vérifiez-les avant de publier.` });
    });

  const show = (runId: string) => run("Écriture des quotes-parts dans une feuille…", async () => void (await writeRun(runId)));
  const exportAs = (runId: string, format: "csv" | "xlsx") => run(`Export ${format.toUpperCase()}…`, async () => saveFile(await api.exportRun(year, runId, format)));
  const publish = async (runId: string) => {
    const ok = await confirm({
      title: `Publier les quotes-parts ${year} ?`,
      message: `Le calcul ${runId} deviendra la référence de ${year} : un calcul publié ne change plus, et il n'y a qu'une publication par année.`,
      confirmLabel: "Publier",
      danger: true,
    });
    if (!ok) return;
    await run("Publication…", async () => {
      const current = await api.getRun(year, runId);
      await api.publishRun(year, runId, current.etag ?? "");
      await loadRuns();
      setNotice({ intent: "success", text: `Quotes-parts ${year} publiées (calcul ${runId}).` });
    });
  };

  const disabled = busy !== undefined;
  return (
    <div class="mode">
      <h2>Quotes-parts</h2>
      <div class="row">
        <Field id="finance-year" label="Année">
          <input id="finance-year" type="number" min={2000} max={2100} value={year} onChange={(event: Event) => setYear(Number((event.currentTarget as HTMLInputElement).value))} />
        </Field>
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
      <h3>Postes de coût</h3>
      <div class="actions">
        <Button onClick={openCostItems} disabled={disabled}>
          Ouvrir dans une feuille
        </Button>
        <Button kind="primary" onClick={saveCostItems} disabled={disabled}>
          Enregistrer les postes
        </Button>
      </div>
      <h3>Calcul</h3>
      <div class="actions">
        <Button kind="primary" onClick={compute} disabled={disabled}>
          Calculer les quotes-parts
        </Button>
      </div>
      {busy ? <Spinner label={busy} /> : null}
      {notice ? (
        <MessageBar intent={notice.intent}>
          {notice.text}
          {notice.problems ? (
            <ul class="problems">
              {notice.problems.map((problem, index) => (
                <li key={index}>{describeProblem(problem)}</li>
              ))}
            </ul>
          ) : null}
        </MessageBar>
      ) : null}
      <h3>{`Calculs ${year}`}</h3>
      {!runs || runs.runs.length === 0 ? (
        <p class="hint">Aucun calcul pour cette année.</p>
      ) : (
        <ul class="submission-list">
          {[...runs.runs].reverse().map((summary) => (
            <li key={summary.runId} class="card submission">
              <div class="submission-head">
                <strong>{formatDateTime(summary.createdAt)}</strong>
                <StatusBadge status={summary.status} label={summary.statusLabel} />
              </div>
              <div class="hint">{`Données au ${formatDay(summary.cutoff)} · ${summary.runId}`}</div>
              <div class="actions">
                <Button onClick={() => void show(summary.runId)} disabled={disabled} label={`Afficher le calcul ${summary.runId} dans une feuille`}>
                  Feuille
                </Button>
                <Button onClick={() => void exportAs(summary.runId, "csv")} disabled={disabled} label={`Exporter le calcul ${summary.runId} en CSV`}>
                  CSV
                </Button>
                <Button onClick={() => void exportAs(summary.runId, "xlsx")} disabled={disabled} label={`Exporter le calcul ${summary.runId} en XLSX`}>
                  XLSX
                </Button>
                {summary.status === "calcule" && !runs.publishedRunId ? (
                  <Button kind="primary" onClick={() => void publish(summary.runId)} disabled={disabled}>
                    Publier
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {dialog}
    </div>
  );
}

/** What finance is told when the cost items it saves are not based on the version stored (428, 412). */
function staleCostItemsMessage(year: number): string {
  return (
    `Postes de coût ${year} non enregistrés : une version a été enregistrée depuis l'ouverture de cette feuille, ou la feuille n'a pas été ouverte depuis ce volet (classeur rouvert, autre année). ` +
    `Pour ne rien écraser : copiez vos modifications, cliquez « Ouvrir dans une feuille » (la feuille est remplacée par la version enregistrée), reportez-les puis enregistrez.`
  );
}
