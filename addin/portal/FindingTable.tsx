import type { Finding } from "../../shared/checks/finding";
import { compareFindings } from "../../shared/checks/model/modelPosition";
import { sectionLabel } from "../../shared/checks/model/sectionLabel";

const SEVERITY = { error: "Erreur", warning: "Avertissement" } as const;

/** Errors first, then warnings, each in the sheet's order. */
function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? compareFindings(a, b) : a.severity === "error" ? -1 : 1));
}

/**
 * Findings as a table a DGS can work through with the workbook open beside it: severity, the cell to
 * fix (as the uploaded workbook has it), its section and the French message; errors first.
 */
export function FindingTable(props: { findings: readonly Finding[]; caption: string }) {
  return (
    <div class="table-scroll">
      <table class="table findings-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Gravité</th>
            <th scope="col">Cellule</th>
            <th scope="col">Rubrique</th>
            <th scope="col">Constat</th>
          </tr>
        </thead>
        <tbody>
          {errorsFirst(props.findings).map((finding, index) => (
            <tr key={`${finding.ruleId}-${finding.cell ?? ""}-${index}`} class={`finding-row finding-row-${finding.severity}`}>
              <td>
                <span class={`severity severity-${finding.severity}`} aria-hidden="true">
                  {finding.severity === "error" ? "✕ " : "⚠ "}
                </span>
                {SEVERITY[finding.severity]}
              </td>
              <td class="cell">{finding.cell ?? "—"}</td>
              <td>{finding.sectionId ? sectionLabel(finding.sectionId) : "Général"}</td>
              <td>{finding.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
