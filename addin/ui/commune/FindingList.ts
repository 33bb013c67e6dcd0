import { h } from "preact";
import type { Finding } from "../../../shared/checks/finding";
import { groupFindingsBySection } from "../../../shared/checks/groupFindingsBySection";

const SEVERITY = { error: "Erreur", warning: "Avertissement" } as const;

/** Findings grouped by section of the sheet, in French; one with a cell is a button that selects it. */
export function FindingList(props: { findings: readonly Finding[]; onSelect?: (cell: string) => void }) {
  return h(
    "div",
    { class: "findings" },
    groupFindingsBySection(props.findings).map((group) =>
      h(
        "section",
        { key: group.sectionId, class: "finding-group" },
        h("h3", null, group.label, h("span", { class: "count" }, ` (${group.findings.length})`)),
        h(
          "ul",
          null,
          group.findings.map((finding, index) => {
            const body = [
              h("span", { key: "s", class: `severity severity-${finding.severity}`, "aria-label": SEVERITY[finding.severity] }, finding.severity === "error" ? "✕" : "⚠"),
              finding.cell ? h("span", { key: "c", class: "cell" }, finding.cell) : null,
              h("span", { key: "m", class: "finding-message" }, finding.message),
            ];
            return h(
              "li",
              { key: `${finding.ruleId}-${finding.cell ?? ""}-${index}` },
              finding.cell && props.onSelect ? h("button", { type: "button", class: `finding finding-${finding.severity}`, onClick: () => props.onSelect?.(finding.cell!), title: `Aller à la cellule ${finding.cell}` }, body) : h("div", { class: `finding finding-${finding.severity}` }, body),
            );
          }),
        ),
      ),
    ),
  );
}
