import { etatDesLieuxIsRecent } from "../../../../../shared/checks/rules/freshness/etatDesLieuxIsRecent";
import { aCompleteSubmission } from "../../support/aCompleteSubmission";
import { findingsOf } from "../../support/check";
import { withInventory } from "../../support/edit";

const datedOn = (etatDesLieux: string | null) => withInventory(aCompleteSubmission(), { etatDesLieux });
const findings = (etatDesLieux: string | null, today: string, maxAgeMonths = 6) => findingsOf(etatDesLieuxIsRecent, datedOn(etatDesLieux), { today, maxAgeMonths });

describe("freshness.maxAge", () => {
  test("on the limit day the état des lieux is still valid", () => {
    expect(findings("2024-09-15", "2025-03-15")).toEqual([]);
  });

  test("one day past the limit it is too old, and the message states the limit", () => {
    expect(findings("2024-09-15", "2025-03-16")).toEqual([
      {
        ruleId: "freshness.maxAge",
        severity: "error",
        sectionId: "identite",
        ref: { kind: "identity", field: "etatDesLieux" },
        cell: "identity:etatDesLieux",
        message:
          "Date de l'état des lieux : l'inventaire du 15/09/2024 a plus de 6 mois ; il n'était valable que jusqu'au 15/03/2025. " +
          "Mettez-le à jour et indiquez sa nouvelle date.",
      },
    ]);
  });

  test("31 August + 6 months is the last day of February", () => {
    expect(findings("2024-08-31", "2025-02-28")).toEqual([]);
    expect(findings("2024-08-31", "2025-03-01")[0]?.message).toContain("jusqu'au 28/02/2025");
    expect(findings("2023-08-31", "2024-02-29")).toEqual([]);
    expect(findings("2023-08-31", "2024-03-01")[0]?.message).toContain("jusqu'au 29/02/2024");
  });

  test("the campaign sets the number of months", () => {
    expect(findings("2024-03-16", "2025-03-16", 12)).toEqual([]);
    expect(findings("2024-03-15", "2025-03-16", 12)[0]?.message).toContain("a plus de 12 mois");
  });

  test("an undated inventory is left to completeness", () => {
    expect(findings(null, "2025-03-16")).toEqual([]);
  });
});
