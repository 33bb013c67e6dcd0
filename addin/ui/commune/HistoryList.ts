import { h } from "preact";
import { RETURN_REASON_LABELS, type ReturnReason } from "../../../shared/adhesion/decision";
import type { HistoryEntry } from "../../api/apiTypes";
import { formatDateTime, formatDay } from "../format/formatDateTime";

/** A commune's history, newest first: what happened, when, by whom, with the staff's comments. */
export function HistoryList(props: { history: readonly HistoryEntry[] }) {
  return h(
    "ol",
    { class: "timeline" },
    [...props.history].reverse().map((entry) =>
      h(
        "li",
        { key: entry.id },
        h("div", { class: "timeline-head" }, h("strong", null, entry.label), entry.version !== undefined ? ` — version ${entry.version}` : "", h("span", { class: "hint" }, ` · ${formatDateTime(entry.at)} · ${entry.by}`)),
        entry.date ? h("div", null, `À compter du ${formatDay(entry.date)}${entry.sets?.length ? ` (${entry.sets.join(", ")})` : ""}`) : null,
        entry.reason ? h("div", null, `Motif : ${RETURN_REASON_LABELS[entry.reason as ReturnReason] ?? entry.reason}`) : null,
        entry.comment ? h("blockquote", null, entry.comment) : null,
      ),
    ),
  );
}
