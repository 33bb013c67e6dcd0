import { etatDesLieuxIsNotInFuture } from "../../../../../shared/checks/rules/freshness/etatDesLieuxIsNotInFuture";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withInventory } from "../../support/edit";

const findings = (etatDesLieux: string | null, today: string) => findingsOf(etatDesLieuxIsNotInFuture, withInventory(aCompleteSubmission(), { etatDesLieux }), { today });

describe("freshness.notInFuture", () => {
  test("an état des lieux of today or before is fine", () => {
    expect(findings("2025-03-01", "2025-03-01")).toEqual([]);
    expect(findings("2025-02-28", "2025-03-01")).toEqual([]);
    expect(findings(null, "2025-03-01")).toEqual([]);
  });

  test("an état des lieux dated tomorrow is an error", () => {
    expect(findings("2025-03-02", "2025-03-01")).toEqual([
      expect.objectContaining({
        ruleId: "freshness.notInFuture",
        severity: "error",
        cell: "identity:etatDesLieux",
        message: "Date de l'état des lieux : le 02/03/2025 est postérieur à aujourd'hui (01/03/2025) ; indiquez la date à laquelle l'inventaire a été établi.",
      }),
    ]);
  });
});
