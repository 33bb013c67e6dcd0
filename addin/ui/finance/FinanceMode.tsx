import { useState } from "preact/hooks";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { useServices } from "../AppServices";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import { Tabs, type TabItem } from "../components/Tabs";
import { describeError } from "../describeError";
import { CostItemsPanel } from "./CostItemsPanel";
import { DeliberationPanel } from "./DeliberationPanel";
import { HistoryPanel } from "./HistoryPanel";
import { RunsPanel } from "./RunsPanel";
import { SettlementPanel } from "./SettlementPanel";
import { useFinanceYear } from "./useFinanceYear";
import { useOpenCorrection } from "./useOpenCorrection";

type PanelId = "postes" | "reglement" | "calculs" | "deliberation" | "historique";

/**
 * Finance's mode, the yearly cycle in tabs: the year's cost items and the settlement per member
 * edited in sheet tables and saved; runs computed (also « en année pleine »), written into a sheet,
 * exported and published once their warnings are acknowledged; corrections (« annule et
 * remplace ») opened with a reason; the council's table with its chart; the year's history and the
 * versions of its cost items.
 */
export function FinanceMode() {
  const { now } = useServices();
  const [year, setYear] = useState(Number(todayInParis(now()).slice(0, 4)));
  const [panel, setPanel] = useState<PanelId>("postes");
  const [loadError, setLoadError] = useState<string>();
  const finance = useFinanceYear(year, (error) => setLoadError(describeError(error)));
  const correction = useOpenCorrection(finance);
  const runCount = finance.runs?.runs.filter((run) => run.status === "calcule" && !run.fullYear && run.warnings.length > 0).length ?? 0;
  const tabs: TabItem[] = [
    { id: "postes", label: "Postes" },
    { id: "reglement", label: "Règlement" },
    { id: "calculs", label: "Calculs", ...(runCount > 0 ? { badge: String(runCount) } : {}) },
    { id: "deliberation", label: "Délibération" },
    { id: "historique", label: "Historique" },
  ];
  const status = finance.runs?.openCorrection ? "correction ouverte" : finance.runs?.publishedRunId ? "publiée" : finance.runs ? "non publiée" : "";
  return (
    <div class="mode">
      <div class="mode-head">
        <h2>Quotes-parts des services communs</h2>
        {status ? <span class={`badge badge-${finance.runs?.openCorrection ? "warning" : finance.runs?.publishedRunId ? "success" : "neutral"}`}>{`${year} : ${status}`}</span> : null}
      </div>
      <div class="row">
        <Field id="finance-year" label="Année">
          <input id="finance-year" type="number" min={2000} max={2100} value={year} onChange={(event: Event) => setYear(Number((event.currentTarget as HTMLInputElement).value))} />
        </Field>
      </div>
      {loadError ? <MessageBar intent="error">{loadError}</MessageBar> : null}
      <Tabs label="Cycle des finances" tabs={tabs} selected={panel} onSelect={(id) => setPanel(id as PanelId)} idPrefix="finance">
        {panel === "postes" ? <CostItemsPanel key={year} finance={finance} openCorrection={correction.openCorrection} /> : null}
        {panel === "reglement" ? <SettlementPanel key={year} finance={finance} openCorrection={correction.openCorrection} /> : null}
        {panel === "calculs" ? <RunsPanel key={year} finance={finance} openCorrection={correction.openCorrection} /> : null}
        {panel === "deliberation" ? <DeliberationPanel key={year} finance={finance} /> : null}
        {panel === "historique" ? <HistoryPanel key={year} finance={finance} /> : null}
      </Tabs>
      {correction.dialog}
    </div>
  );
}
