import type { Finding } from "../../../shared/checks/finding";
import { locateFindings } from "../../../shared/inspection/locateFindings";
import type { CellRef } from "../../../shared/inventory/cellRef";
import { cellRefKey } from "../../../shared/layout/cellRefKey";

const firewall: CellRef = { kind: "row", rowId: "infra.firewall", column: "description" };
const adresses: CellRef = { kind: "row", rowId: "reseau.adresses", column: "description" };
const locate = (ref: CellRef) => (cellRefKey(ref) === cellRefKey(firewall) ? "D53" : undefined);

describe("locateFindings", () => {
  test("a finding about a cell takes the address of the other sheet, or none when that sheet lacks the cell", () => {
    const findings: Finding[] = [
      { ruleId: "completeness.requiredRow", severity: "error", ref: firewall, cell: "D54", message: "Firewall" },
      { ruleId: "parse.missingRow", severity: "warning", ref: adresses, message: "absente" },
      { ruleId: "completeness.requiredRow", severity: "error", ref: adresses, cell: "D44", message: "Adresses" },
    ];
    expect(locateFindings(findings, locate)).toEqual([
      { ruleId: "completeness.requiredRow", severity: "error", ref: firewall, cell: "D53", message: "Firewall" },
      { ruleId: "parse.missingRow", severity: "warning", ref: adresses, message: "absente" },
      { ruleId: "completeness.requiredRow", severity: "error", ref: adresses, message: "Adresses" },
    ]);
  });

  test("a finding about no cell of the submission keeps its message but not the first sheet's address", () => {
    const findings: Finding[] = [{ ruleId: "parse.unkeyedRow", severity: "warning", cell: "C95", message: "La ligne 95 a été ajoutée hors du modèle" }];
    expect(locateFindings(findings, locate)).toEqual([{ ruleId: "parse.unkeyedRow", severity: "warning", message: "La ligne 95 a été ajoutée hors du modèle" }]);
  });
});
