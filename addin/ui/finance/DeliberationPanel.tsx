import { useEffect, useState } from "preact/hooks";
import type { RunSummary } from "../../api/apiTypes";
import { deliberationSheetName, planDeliberationSheet } from "../../finance/planDeliberationSheet";
import { signedCents } from "../../finance/signedCents";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { Spinner } from "../components/Spinner";
import { formatDay } from "../format/formatDateTime";
import { NoticeBar } from "./NoticeBar";
import type { FinanceYear } from "./useFinanceYear";
import { useTask } from "./useTask";

/** A run as its option reads: « 1er mars 2025 — publié — 2025…-ab12 ». */
const optionLabel = (run: RunSummary) => `${formatDay(run.cutoff)} — ${run.statusLabel} — ${run.runId}`;

/** The run to preselect: the published one, else the latest still valid. */
function preferred(runs: readonly RunSummary[]): RunSummary | undefined {
  return runs.find((run) => run.status === "publie") ?? [...runs].reverse().find((run) => run.status !== "remplace") ?? runs.at(-1);
}

/**
 * The council's table panel: the year's run (« Année N ») and its run « en année pleine »
 * (« Années N+1 et suivantes ») chosen, the table written into a sheet with a native chart of the
 * participation per commune, or downloaded as the one-page workbook the deliberation annexes.
 */
export function DeliberationPanel(props: { finance: FinanceYear }) {
  const { finance } = props;
  const { year } = finance;
  const { api, workbook, saveFile } = useServices();
  const task = useTask();
  const yearRuns = (finance.runs?.runs ?? []).filter((run) => !run.fullYear);
  const fullYearRuns = (finance.runs?.runs ?? []).filter((run) => run.fullYear);
  const [runId, setRunId] = useState<string>();
  const [fullYearRunId, setFullYearRunId] = useState<string>();
  useEffect(() => {
    setRunId(preferred(yearRuns)?.runId);
    setFullYearRunId(fullYearRuns.at(-1)?.runId);
  }, [finance.runs]);

  const write = () =>
    task.run("Écriture du tableau de la délibération…", async () => {
      const table = await api.getDeliberation(year, runId!, fullYearRunId!);
      await workbook.writeTableSheet(planDeliberationSheet(table));
      const taking = table.members.filter((member) => signedCents(member.year.participation) !== 0n || signedCents(member.followingYears.participation) !== 0n).length;
      task.setNotice({
        intent: "success",
        text: `Tableau de la délibération ${year} écrit dans la feuille « ${deliberationSheetName(year)} » : ${taking} commune(s) participante(s) sur ${table.members.length}, « ${table.columns.year} » et « ${table.columns.followingYears} », avec le graphique des participations.`,
      });
    });
  const download = () => task.run("Export XLSX…", async () => saveFile(await api.exportDeliberation(year, runId!, fullYearRunId!)));

  const ready = runId !== undefined && fullYearRunId !== undefined;
  return (
    <section aria-label="Tableau de la délibération">
      <p class="hint">{`Le tableau de la délibération : participation et ajustement de l'attribution de compensation de chaque commune pour « Année ${year} » et « Années ${year + 1} et suivantes ».`}</p>
      {yearRuns.length === 0 || fullYearRuns.length === 0 ? (
        <p class="hint">
          {`Il faut un calcul de l'année et un calcul en année pleine : dans l'onglet « Calculs », calculez ${yearRuns.length === 0 ? "les quotes-parts, puis " : ""}${fullYearRuns.length === 0 ? "en cochant « En année pleine »" : ""}.`}
        </p>
      ) : null}
      <Field id="deliberation-run" label={`Année ${year} : calcul de l'année`}>
        <select id="deliberation-run" value={runId ?? ""} disabled={yearRuns.length === 0} onChange={(event: Event) => setRunId((event.currentTarget as HTMLSelectElement).value)}>
          {yearRuns.map((run) => (
            <option key={run.runId} value={run.runId}>
              {optionLabel(run)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="deliberation-full-year-run" label={`Années ${year + 1} et suivantes : calcul en année pleine`}>
        <select id="deliberation-full-year-run" value={fullYearRunId ?? ""} disabled={fullYearRuns.length === 0} onChange={(event: Event) => setFullYearRunId((event.currentTarget as HTMLSelectElement).value)}>
          {fullYearRuns.map((run) => (
            <option key={run.runId} value={run.runId}>
              {optionLabel(run)}
            </option>
          ))}
        </select>
      </Field>
      <div class="actions">
        <Button kind="primary" onClick={write} disabled={task.disabled || !ready}>
          Écrire le tableau dans une feuille
        </Button>
        <Button onClick={download} disabled={task.disabled || !ready} label="Télécharger le tableau de la délibération en XLSX">
          XLSX
        </Button>
      </div>
      {task.busy ? <Spinner label={task.busy} /> : null}
      {task.notice ? <NoticeBar notice={task.notice} /> : null}
    </section>
  );
}
