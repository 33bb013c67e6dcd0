import { useEffect, useState } from "preact/hooks";
import type { Decision } from "../../../shared/adhesion/decision";
import { layoutForSubmission } from "../../../shared/layout/layoutForSubmission";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import type { SubmissionDetail, SubmissionSummary } from "../../api/apiTypes";
import { ApiFailure } from "../../api/ApiFailure";
import { planHighlights } from "../../commune/planHighlights";
import { planSubmissionSheet } from "../../commune/planSubmissionSheet";
import { useServices } from "../AppServices";
import { Button } from "../components/Button";
import { Field } from "../components/Field";
import { MessageBar } from "../components/MessageBar";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { describeError } from "../describeError";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { firstOfNextMonth } from "../../../shared/calendar/firstOfNextMonth";
import { formatDateTime } from "../format/formatDateTime";
import { ReviewPanel } from "./ReviewPanel";
import { reviewSheetName } from "./reviewSheetName";

const FILTERS = [
  { value: "deposee", label: "Déposées, à examiner" },
  { value: "a_corriger", label: "Retournées, à corriger" },
  { value: "validee", label: "Validées" },
  { value: "", label: "Toutes" },
] as const;

/** Staff's mode: submissions by status; one opens into a read-only sheet with its findings, then validate or return it. */
export function StaffMode() {
  const { api, workbook, now } = useServices();
  const [filter, setFilter] = useState<string>("deposee");
  const [items, setItems] = useState<readonly SubmissionSummary[]>();
  const [open, setOpen] = useState<{ detail: SubmissionDetail; etag: string }>();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ intent: "success" | "error" | "warning"; text: string }>();

  const load = async () => {
    try {
      setItems((await api.listSubmissions(filter || undefined)).items);
    } catch (error) {
      setMessage({ intent: "error", text: describeError(error) });
    }
  };
  // The list is read again whenever it shows (a decision or a new submission may have changed it).
  const listing = open === undefined;
  useEffect(() => {
    if (listing) void load();
  }, [filter, listing]);

  const openVersion = async (insee: string, version: number) => {
    setBusy("Ouverture de la version dans une feuille en lecture seule…");
    setMessage(undefined);
    try {
      const answer = await api.getSubmission(insee, version);
      const detail = answer.body;
      const sheetName = reviewSheetName(insee, version);
      await workbook.writeTemplate(planSubmissionSheet(detail.submission, { readOnly: true, sheetName, print: workbook.capabilities.excelApi19 }));
      await workbook.highlight(planHighlights(layoutForSubmission(detail.submission, TEMPLATE_VERSION), detail.findings, sheetName));
      setOpen({ detail, etag: answer.etag ?? "" });
    } catch (error) {
      setMessage({ intent: "error", text: describeError(error) });
    } finally {
      setBusy(undefined);
    }
  };

  const decide = async (decision: Decision) => {
    if (!open) return;
    const { detail, etag } = open;
    setBusy("Enregistrement de la décision…");
    setMessage(undefined);
    try {
      const decided = await api.decide(detail.insee, detail.version, decision, etag);
      setMessage({
        intent: "success",
        text:
          decision.decision === "validate"
            ? `Version ${decided.version} de ${decided.communeName} validée : adhésion effective le ${decision.effectiveFrom.split("-").reverse().join("/")}.`
            : `Version ${decided.version} de ${decided.communeName} retournée pour correction.`,
      });
      const answer = await api.getSubmission(detail.insee, detail.version);
      setOpen({ detail: answer.body, etag: answer.etag ?? "" });
      await load();
    } catch (error) {
      const stale = error instanceof ApiFailure && error.status === 412;
      setMessage({ intent: stale ? "warning" : "error", text: describeError(error) });
      if (stale) await openVersion(detail.insee, detail.version);
    } finally {
      setBusy(undefined);
    }
  };

  const notice = message ? <MessageBar intent={message.intent}>{message.text}</MessageBar> : null;
  const spinner = busy ? <Spinner label={busy} /> : null;
  if (open) {
    return (
      <div class="mode">
        {notice}
        {spinner}
        <ReviewPanel
          detail={open.detail}
          busy={busy !== undefined}
          defaultEffectiveFrom={firstOfNextMonth(todayInParis(now()))}
          onSelectCell={(cell) =>
            void workbook.selectCell(reviewSheetName(open.detail.insee, open.detail.version), cell).catch((error: unknown) => setMessage({ intent: "error", text: describeError(error) }))
          }
          onDecide={decide}
          onClose={() => (setOpen(undefined), setMessage(undefined))}
        />
      </div>
    );
  }
  return (
    <div class="mode">
      <h2>Dépôts des communes</h2>
      <Field id="staff-filter" label="Statut">
        <select id="staff-filter" value={filter} onChange={(event: Event) => setFilter((event.currentTarget as HTMLSelectElement).value)}>
          {FILTERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      {notice}
      {spinner}
      {items === undefined ? (
        <Spinner label="Chargement des dépôts…" />
      ) : items.length === 0 ? (
        <p class="hint">Aucun dépôt dans ce statut.</p>
      ) : (
        <ul class="submission-list">
          {items.map((item) => (
            <li key={`${item.insee}-${item.version}`} class="card submission">
              <div class="submission-head">
                <strong>{item.communeName}</strong>
                <span class="hint">{` ${item.insee} · v${item.version}`}</span>
                <StatusBadge status={item.status} label={item.statusLabel} />
              </div>
              <div class="hint">{`Déposée le ${formatDateTime(item.submittedAt)} · ensembles ${item.sets.join(", ") || "—"}${item.warningCount > 0 ? ` · ${item.warningCount} avertissement(s)` : ""}`}</div>
              <Button
                kind={item.status === "deposee" ? "primary" : "secondary"}
                onClick={() => void openVersion(item.insee, item.version)}
                disabled={busy !== undefined}
                label={`Ouvrir la version ${item.version} de ${item.communeName}`}
              >
                Ouvrir
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
