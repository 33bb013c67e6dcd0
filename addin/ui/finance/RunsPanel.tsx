import { useState } from "preact/hooks";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import type { RunDetail, RunSummary } from "../../api/apiTypes";
import { retryCall } from "../../api/retryCall";
import { describeMemberDifference } from "../../finance/describeMemberDifference";
import { planQuotePartsSheet } from "../../finance/planQuotePartsSheet";
import { quotePartsSheetName } from "../../finance/quotePartsSheetName";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Checkbox } from "../components/Checkbox";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { useConfirm } from "../components/useConfirm";
import { formatDateTime, formatDay } from "../format/formatDateTime";
import { NoticeBar } from "./NoticeBar";
import { PublishRunDialog } from "./PublishRunDialog";
import type { FinanceYear } from "./useFinanceYear";
import { useTask } from "./useTask";

/** What a run's card says under its date: cut-off, full year, corrective, replaced. */
function runFacts(run: RunSummary): string {
  return [
    `Données au ${formatDay(run.cutoff)}`,
    run.fullYear ? "en année pleine" : "",
    run.corrects ? `correctif de ${run.corrects}` : "",
    run.replacedBy ? `remplacé par ${run.replacedBy}` : "",
    run.runId,
  ]
    .filter((part) => part !== "")
    .join(" · ");
}

/**
 * The runs panel: the year's publication and its correction (open with a reason, abandon), a run
 * computed at a cut-off day (or « en année pleine ») and written into a sheet with its warnings and,
 * for a corrective run, the difference per member; the year's runs to show again, export (CSV,
 * XLSX) and publish — a run with warnings only once they are acknowledged.
 */
export function RunsPanel(props: { finance: FinanceYear; openCorrection: (confirmLabel?: string) => Promise<boolean> }) {
  const { finance } = props;
  const { year, runs } = finance;
  const { api, workbook, now, saveFile } = useServices();
  const task = useTask();
  const { confirm, dialog } = useConfirm();
  const [cutoff, setCutoff] = useState(todayInParis(now()));
  const [fullYear, setFullYear] = useState(false);
  const [publishing, setPublishing] = useState<RunSummary>();

  const writeRun = async (runId: string): Promise<RunDetail> => {
    const [detail, snapshot] = await Promise.all([api.getRun(year, runId), api.getRunSnapshot(year, runId)]);
    const run = detail.body;
    await workbook.writeTableSheet(
      planQuotePartsSheet(run.report, {
        runId,
        statusLabel: run.statusLabel,
        status: run.status,
        cutoff: run.cutoff,
        fullYear: run.fullYear,
        ...(run.corrects ? { corrects: run.corrects } : {}),
        ...(run.correctionReason ? { correctionReason: run.correctionReason } : {}),
        ...(run.replacedBy ? { replacedBy: run.replacedBy } : {}),
        ...(run.differences ? { differences: run.differences } : {}),
        warnings: run.warnings,
        items: snapshot.costItems,
        metropole: { id: snapshot.metropole.id, name: finance.metropole.name },
      }),
    );
    return run;
  };

  const compute = () =>
    task.run(fullYear ? "Calcul en année pleine…" : "Calcul des quotes-parts…", async () => {
      const key = `calcul-${crypto.randomUUID()}`;
      const computed = await retryCall(() => api.computeRun(year, cutoff, key, { fullYear }), { delaysMs: [1000, 3000] });
      task.setBusy("Écriture des quotes-parts dans une feuille…");
      const run = await writeRun(computed.body.runId);
      await finance.reloadRuns();
      const sheet = quotePartsSheetName(year, run.fullYear);
      const what = run.fullYear ? `Quotes-parts ${year} en année pleine calculées` : run.corrects ? `Calcul correctif ${year} calculé` : `Quotes-parts ${year} calculées`;
      const warnings = run.warnings.map((warning) => warning.message);
      const differences = run.differences ? (run.differences.length > 0 ? run.differences.map(describeMemberDifference) : ["Aucune commune ne change de participation ni d'ajustement de l'AC."]) : [];
      task.setNotice({
        intent: warnings.length > 0 ? "warning" : "success",
        text:
          `${what} (données au ${formatDay(run.cutoff)}) : résultats écrits dans la feuille « ${sheet} ».` +
          (warnings.length > 0 ? ` ${warnings.length} avertissement${warnings.length > 1 ? "s" : ""} à confirmer avant de publier :` : run.fullYear ? " Ce calcul sert au tableau de la délibération ; il ne se publie pas." : " Vérifiez-les avant de publier.") +
          (run.corrects ? ` Écarts avec le calcul remplacé ${run.corrects} :` : ""),
        lines: [...warnings, ...differences],
      });
    });

  const show = (runId: string) => task.run("Écriture des quotes-parts dans une feuille…", async () => void (await writeRun(runId)));
  const exportAs = (runId: string, format: "csv" | "xlsx") => task.run(`Export ${format.toUpperCase()}…`, async () => saveFile(await api.exportRun(year, runId, format)));

  const publish = (run: RunSummary, acknowledgeWarnings: boolean) => {
    setPublishing(undefined);
    void task.run("Publication…", async () => {
      const current = await api.getRun(year, run.runId);
      await api.publishRun(year, run.runId, current.etag ?? "", { acknowledgeWarnings });
      // The sheet shows the run as published now.
      task.setBusy("Écriture des quotes-parts publiées dans la feuille…");
      await writeRun(run.runId);
      await finance.reloadRuns();
      task.setNotice({
        intent: "success",
        text: run.corrects
          ? `Calcul correctif ${run.runId} publié : il annule et remplace le calcul ${run.corrects}.`
          : `Quotes-parts ${year} publiées (calcul ${run.runId})${acknowledgeWarnings ? ", avertissements confirmés" : ""}. Les postes de coût et le règlement de ${year} sont figés.`,
      });
    });
  };

  const openCorrection = () =>
    void props.openCorrection().then((opened) => {
      if (opened) task.setNotice({ intent: "success", text: `Correction de ${year} ouverte. Modifiez au besoin les postes de coût ou le règlement, puis calculez : le calcul sera correctif, et publié il annulera et remplacera le calcul publié.` });
    });

  const cancelCorrection = async () => {
    const ok = await confirm({
      title: `Abandonner la correction de ${year} ?`,
      message: `Le calcul publié ${runs?.publishedRunId ?? ""} reste en vigueur ; les postes de coût et le règlement sont de nouveau figés. Les calculs correctifs non publiés restent consultables.`,
      confirmLabel: "Abandonner la correction",
      danger: true,
    });
    if (!ok) return;
    await task.run("Abandon de la correction…", async () => {
      const answer = await api.cancelCorrection(year);
      await finance.reloadRuns();
      task.setNotice({ intent: "info", text: answer.message });
    });
  };

  const publishable = (run: RunSummary) =>
    run.status === "calcule" && !run.fullYear && (!runs?.publishedRunId || (runs.openCorrection !== null && run.corrects === runs.publishedRunId));
  const disabled = task.disabled;
  return (
    <section aria-label="Calculs">
      {runs?.openCorrection ? (
        <MessageBar intent="info" title="Correction ouverte.">
          {`Le ${formatDateTime(runs.openCorrection.openedAt)} par ${runs.openCorrection.openedBy} — motif : ${runs.openCorrection.reason}. Chaque calcul est maintenant correctif : publié, il annule et remplace le calcul ${runs.openCorrection.replaces}.`}
          <div class="actions">
            <Button onClick={() => void cancelCorrection()} disabled={disabled}>
              Abandonner la correction
            </Button>
          </div>
        </MessageBar>
      ) : runs?.publishedRunId ? (
        <MessageBar intent="success" title={`${year} est publiée.`}>
          {`Calcul ${runs.publishedRunId}. Pour le corriger, ouvrez une correction (« annule et remplace ») en indiquant son motif.`}
          <div class="actions">
            <Button onClick={openCorrection} disabled={disabled}>
              Ouvrir une correction
            </Button>
          </div>
        </MessageBar>
      ) : null}
      {runs && runs.pendingRegularisations.length > 0 ? (
        <MessageBar intent="warning" title="Régularisations en attente, à reporter au prochain calcul :">
          <ul class="problems">
            {runs.pendingRegularisations.map((event) => (
              <li key={event.eventId}>{`${event.communeName} : ${event.label.toLowerCase()} au ${formatDay(event.date)} (saisie du ${formatDateTime(event.recordedAt)} ; année${event.years.length > 1 ? "s" : ""} ${event.years.join(", ")})`}</li>
            ))}
          </ul>
        </MessageBar>
      ) : null}
      <div class="row">
        <Field id="finance-cutoff" label="Données au" hint="Les descriptions validées à cette date comptent.">
          <input id="finance-cutoff" type="date" value={cutoff} onChange={(event: Event) => setCutoff((event.currentTarget as HTMLInputElement).value)} />
        </Field>
      </div>
      <Checkbox
        id="finance-full-year"
        label="En année pleine"
        description="Chaque adhésion en vigueur à cette date comptée 12 mois : la colonne « années suivantes » du tableau de la délibération (ne se publie pas)."
        checked={fullYear}
        onChange={setFullYear}
      />
      <div class="actions">
        <Button kind="primary" onClick={compute} disabled={disabled || cutoff === ""}>
          Calculer les quotes-parts
        </Button>
      </div>
      {task.busy ? <Spinner label={task.busy} /> : null}
      {task.notice ? <NoticeBar notice={task.notice} /> : null}
      <h3>{`Calculs ${year}`}</h3>
      {!runs || runs.runs.length === 0 ? (
        <p class="hint">Aucun calcul pour cette année.</p>
      ) : (
        <ul class="submission-list">
          {[...runs.runs].reverse().map((summary) => (
            <li key={summary.runId} class="card submission">
              <div class="submission-head">
                <strong>{formatDateTime(summary.createdAt)}</strong>
                <StatusBadge status={summary.status} label={summary.fullYear ? `${summary.statusLabel} · année pleine` : summary.statusLabel} />
              </div>
              <div class="hint">{runFacts(summary)}</div>
              {summary.correctionReason ? <div class="hint">{`Motif : ${summary.correctionReason}`}</div> : null}
              {summary.warnings.length > 0 && summary.status === "calcule" ? (
                <div class="hint severity-warning">{`⚠ ${summary.warnings.length} avertissement${summary.warnings.length > 1 ? "s" : ""} à confirmer avant de publier`}</div>
              ) : null}
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
                {publishable(summary) ? (
                  <Button kind="primary" onClick={() => setPublishing(summary)} disabled={disabled} label={`Publier le calcul ${summary.runId}`}>
                    Publier
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {publishing ? <PublishRunDialog run={publishing} onPublish={(acknowledge) => publish(publishing, acknowledge)} onCancel={() => setPublishing(undefined)} /> : null}
      {dialog}
    </section>
  );
}
