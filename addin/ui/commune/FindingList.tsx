import type { Finding } from "../../../shared/checks/finding";
import { groupFindingsBySection } from "../../../shared/checks/groupFindingsBySection";

const SEVERITY = { error: "Erreur", warning: "Avertissement" } as const;

/** Findings grouped by section of the sheet, in French; one with a cell is a button that selects it. */
export function FindingList(props: { findings: readonly Finding[]; onSelect?: (cell: string) => void }) {
  return (
    <div class="findings">
      {groupFindingsBySection(props.findings).map((group) => (
        <section key={group.sectionId} class="finding-group">
          <h3>
            {group.label}
            <span class="count">{` (${group.findings.length})`}</span>
          </h3>
          <ul>
            {group.findings.map((finding, index) => {
              const body = [
                <span key="s" class={`severity severity-${finding.severity}`} aria-label={SEVERITY[finding.severity]}>
                  {finding.severity === "error" ? "✕" : "⚠"}
                </span>,
                finding.cell ? (
                  <span key="c" class="cell">
                    {finding.cell}
                  </span>
                ) : null,
                <span key="m" class="finding-message">
                  {finding.message}
                </span>,
              ];
              return (
                <li key={`${finding.ruleId}-${finding.cell ?? ""}-${index}`}>
                  {finding.cell && props.onSelect ? (
                    <button type="button" class={`finding finding-${finding.severity}`} onClick={() => props.onSelect?.(finding.cell!)} title={`Aller à la cellule ${finding.cell}`}>
                      {body}
                    </button>
                  ) : (
                    <div class={`finding finding-${finding.severity}`}>{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
