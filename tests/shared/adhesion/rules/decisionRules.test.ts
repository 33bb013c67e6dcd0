import { decisionSchema } from "../../../../shared/adhesion/decision";
import { checkDecision } from "../../../../shared/adhesion/rules/decisionRules";
import type { DecisionContext } from "../../../../shared/adhesion/rules/decision/DecisionContext";
import { aCompleteSubmission } from "../../checks/support/aCompleteSubmission";
import { validatedAB } from "../support/history";

const TODAY = "2025-03-01";
const submission = aCompleteSubmission({ sets: ["A", "B"], blocks: { fibre: 1 } });
const context = (decision: Record<string, unknown>, overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  decision: decisionSchema.parse(decision),
  version: { number: 2, status: "deposee", refs: ["A", "B"] },
  latestVersion: 2,
  submission,
  communeName: "Ahuy",
  history: [],
  today: TODAY,
  maxAgeMonths: 6,
  published: [],
  ...overrides,
});
const refusals = (decision: Record<string, unknown>, overrides: Partial<DecisionContext> = {}) => checkDecision(context(decision, overrides)).map(({ ruleId, kind, code }) => ({ ruleId, kind, ...(code ? { code } : {}) }));
const VALIDATE = { decision: "validate", effectiveFrom: "2025-04-01" };
const RETURN = { decision: "return", reason: "incomplete", comment: "Adresses manquantes" };

describe("the rules of a staff decision, without HTTP", () => {
  test("a version déposée and the latest can be validated or returned", () => {
    expect(refusals(VALIDATE)).toEqual([]);
    expect(refusals(RETURN)).toEqual([]);
  });

  test("a version already decided, or superseded, is a conflict", () => {
    expect(refusals(RETURN, { version: { number: 2, status: "validee", refs: [] } })).toEqual([{ ruleId: "decision.awaitsDecision", kind: "state" }]);
    expect(refusals(VALIDATE, { latestVersion: 3 })).toEqual([{ ruleId: "decision.latestVersion", kind: "state" }]);
  });

  test("an implausible effective date is invalid input", () => {
    expect(refusals({ ...VALIDATE, effectiveFrom: "1900-01-01" })).toEqual([{ ruleId: "decision.plausibleEffectiveDate", kind: "input" }]);
    expect(refusals({ ...VALIDATE, effectiveFrom: "2027-01-01" })).toEqual([{ ruleId: "decision.plausibleEffectiveDate", kind: "input" }]);
  });

  test("an état des lieux gone stale since the deposit blocks the validation (422 etat_des_lieux_perime), not a return", () => {
    expect(refusals(VALIDATE, { today: "2025-09-01" })).toEqual([{ ruleId: "decision.freshAtValidation", kind: "content", code: "etat_des_lieux_perime" }]);
    expect(refusals(RETURN, { today: "2025-09-01" })).toEqual([]);
  });

  test("an effective date inside a published year needs acknowledging", () => {
    const published = [{ year: 2024, runId: "r2024" }];
    const addingC3 = { history: validatedAB("2024-01-01"), published, version: { number: 2, status: "deposee" as const, refs: ["A", "B", "C:3"] } };
    expect(refusals({ ...VALIDATE, effectiveFrom: "2024-06-01" }, addingC3)).toEqual([{ ruleId: "decision.publishedYearsAcknowledged", kind: "state" }]);
    expect(refusals({ ...VALIDATE, effectiveFrom: "2024-06-01", acknowledgePublishedYears: true }, addingC3)).toEqual([]);
    // The same selection again changes no day of 2024: nothing to acknowledge.
    expect(refusals({ ...VALIDATE, effectiveFrom: "2024-06-01" }, { ...addingC3, version: { number: 2, status: "deposee", refs: ["A", "B"] } })).toEqual([]);
  });
});
