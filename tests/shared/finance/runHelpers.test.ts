import { fullYearPeriods } from "../../../shared/finance/fullYearPeriods";
import { leftOutMember } from "../../../shared/finance/leftOutMember";
import { runDifferences } from "../../../shared/finance/runDifferences";
import { validateFinanceConfig } from "../../../shared/finance/validateFinanceConfig";
import type { QuotePartReport } from "../../../shared/quoteParts/report/QuotePartReport";

const report = (totals: [string, string, string][]): QuotePartReport => ({
  year: 2025,
  items: [],
  totals: totals.map(([id, amount, acAdjustment]) => ({ id, name: `Commune ${id}`, amount, invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment })),
  summary: { costItems: "0.00", communes: "0.00", invoiced: "0.00", acAdjustment: "0.00", metropole: "0.00" },
});

describe("a year's run, pure parts", () => {
  test("fullYearPeriods: each adhesion held at the cut-off over the whole year, the others not at all", () => {
    const periods = [
      { set: "A", from: "2025-05-01" },
      { set: "B", from: "2024-01-01", to: "2025-03-01" },
      { set: "C:3", from: "2025-09-01" },
    ];
    expect(fullYearPeriods(periods, 2025, "2025-06-30")).toEqual([{ set: "A", from: "2025-01-01" }]);
  });

  test("runDifferences: every member whose figures change, before → after and the difference", () => {
    const before = report([["21231", "100.00", "-100.00"], ["21166", "50.00", "-50.00"]]);
    const after = report([["21231", "130.50", "-130.50"], ["21166", "50.00", "-50.00"], ["21515", "10.00", "-10.00"]]);
    expect(runDifferences(before, after)).toEqual([
      { id: "21231", name: "Commune 21231", before: { amount: "100.00", acAdjustment: "-100.00" }, after: { amount: "130.50", acAdjustment: "-130.50" }, difference: { amount: "30.50", acAdjustment: "-30.50" } },
      { id: "21515", name: "Commune 21515", before: { amount: "0.00", acAdjustment: "0.00" }, after: { amount: "10.00", acAdjustment: "-10.00" }, difference: { amount: "10.00", acAdjustment: "-10.00" } },
    ]);
  });

  test("leftOutMember: validated after the cut-off with effect in the year, or awaiting review; nobody counted is left out", () => {
    const known = (instant: string) => instant <= "2025-01-31T23:59:59Z";
    const validatedLater = [{ version: 1, status: "validee" as const, submittedAt: "2025-01-20T09:00:00Z", decision: { kind: "validate" as const, decidedAt: "2025-02-01T09:00:00Z", effectiveFrom: "2025-01-01" } }];
    expect(leftOutMember({ insee: "21515", name: "Quetigny", counted: false }, validatedLater, 2025, known)).toEqual({
      insee: "21515",
      name: "Quetigny",
      reason: { kind: "validatedAfter", decidedAt: "2025-02-01T09:00:00Z", effectiveFrom: "2025-01-01" },
    });
    expect(leftOutMember({ insee: "21515", name: "Quetigny", counted: false }, [{ version: 2, status: "deposee", submittedAt: "2025-01-25T09:00:00Z" }], 2025, known)?.reason.kind).toBe("awaitingReview");
    expect(leftOutMember({ insee: "21515", name: "Quetigny", counted: true }, validatedLater, 2025, known)).toBeUndefined();
    expect(leftOutMember({ insee: "21515", name: "Quetigny", counted: false }, [{ ...validatedLater[0]!, decision: { ...validatedLater[0]!.decision, effectiveFrom: "2026-01-01" } }], 2025, known)).toBeUndefined();
  });

  test("validateFinanceConfig: canonical amounts, empty settlements left out", () => {
    const parties = { communes: new Map([["21231", "Dijon"]]), costItemIds: ["infra"] };
    expect(validateFinanceConfig({ members: { "21231": { acAlreadyIncluded: 421000, invoicedItems: [], withCcas: false } } }, parties)).toEqual({ ok: true, value: { members: { "21231": { acAlreadyIncluded: "421000.00" } } } });
    expect(validateFinanceConfig({ members: { "21231": { invoicedItems: ["infra"] } } }, { ...parties, costItemIds: undefined })).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/les postes de coût de l'année ne sont pas encore saisis/) }] });
  });
});
