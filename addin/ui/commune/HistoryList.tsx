import { RETURN_REASON_LABELS, type ReturnReason } from "../../../shared/adhesion/decision";
import { describeActor } from "../../../shared/adhesion/describeActor";
import { describeSetRefs } from "../../../shared/catalogue/describeSetRefs";
import type { HistoryEntry } from "../../api/apiTypes";
import { formatDateTime, formatDay } from "../format/formatDateTime";

/** A commune's history, newest first: what happened, when, by whom, with the staff's comments. */
export function HistoryList(props: { history: readonly HistoryEntry[] }) {
  return (
    <ol class="timeline">
      {[...props.history].reverse().map((entry) => (
        <li key={entry.id}>
          <div class="timeline-head">
            <strong>{entry.label}</strong>
            {entry.version !== undefined ? ` — version ${entry.version}` : ""}
            <span class="hint">{` · ${formatDateTime(entry.at)}${describeActor(entry.by) ? ` · ${describeActor(entry.by)}` : ""}`}</span>
          </div>
          {entry.date ? <div>{`À compter du ${formatDay(entry.date)}${entry.sets?.length ? ` (${describeSetRefs(entry.sets)})` : ""}`}</div> : null}
          {entry.reason ? <div>{`Motif : ${RETURN_REASON_LABELS[entry.reason as ReturnReason] ?? entry.reason}`}</div> : null}
          {entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
