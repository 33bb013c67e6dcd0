import { procedureState } from "../../../shared/adhesion/procedureState";
import { procedureView } from "../../../shared/adhesion/procedureView";
import { entry, validatedAB } from "./support/history";

describe("procedureState: open notices and current exclusions of a history", () => {
  test("a notice naming no set puts every set held at its date at risk, with its deadline", () => {
    const history = [...validatedAB(), entry("mise_en_demeure", { date: "2025-03-01", comment: "Inventaire non tenu" })];
    expect(procedureState(history)).toEqual({ notices: [{ eventId: history[2]!.id, date: "2025-03-01", deadline: "2025-06-01", sets: ["A", "B"], comment: "Inventaire non tenu" }], exclusions: [] });
  });

  test("a régularisation closes the sets it names; one naming none closes the rest", () => {
    const history = [...validatedAB(), entry("mise_en_demeure", { date: "2025-03-01", sets: ["A", "B"], comment: "x" }), entry("regularisation", { date: "2025-04-01", sets: ["A"] })];
    expect(procedureState(history).notices.map((notice) => notice.sets)).toEqual([["B"]]);
    expect(procedureState([...history, entry("regularisation", { date: "2025-04-15" })]).notices).toEqual([]);
  });

  test("a régularisation dated before the notice does not close it", () => {
    const history = [...validatedAB(), entry("mise_en_demeure", { date: "2025-03-01", sets: ["A"], comment: "x" }), entry("regularisation", { date: "2025-02-01" })];
    expect(procedureState(history).notices).toHaveLength(1);
  });

  test("a definitive exclusion consumes the notice and excludes; a temporary one keeps the notice open", () => {
    const notice = entry("mise_en_demeure", { date: "2025-03-01", sets: ["A"], comment: "x" });
    const definitive = [...validatedAB(), notice, entry("exclusion", { date: "2025-06-01", sets: ["A"], temporary: false })];
    expect(procedureState(definitive)).toEqual({ notices: [], exclusions: [{ set: "A", from: "2025-06-01", temporary: false }] });
    const temporary = [...validatedAB(), notice, entry("exclusion", { date: "2025-04-01", sets: ["A"], temporary: true })];
    expect(procedureState(temporary)).toMatchObject({ notices: [{ sets: ["A"] }], exclusions: [{ set: "A", from: "2025-04-01", temporary: true }] });
  });

  test("a réintégration ends an exclusion, a withdrawal closes notices and exclusions alike", () => {
    const excluded = [...validatedAB(), entry("exclusion", { date: "2025-04-01", sets: ["B"], temporary: true })];
    expect(procedureState([...excluded, entry("reintegration", { date: "2025-05-01", sets: ["B"] })]).exclusions).toEqual([]);
    const noticed = [...excluded, entry("mise_en_demeure", { date: "2025-03-01", sets: ["A"], comment: "x" })];
    expect(procedureState([...noticed, entry("retrait", { date: "2025-07-01" })])).toEqual({ notices: [], exclusions: [] });
  });

  test("procedureView counts the days left and says when an exclusion becomes possible", () => {
    const history = [...validatedAB(), entry("mise_en_demeure", { date: "2025-03-01", sets: ["A"], comment: "x" })];
    expect(procedureView(history, "2025-05-22").notices[0]).toMatchObject({ daysLeft: 10, exclusionPossible: false });
    expect(procedureView(history, "2025-06-01").notices[0]).toMatchObject({ daysLeft: 0, exclusionPossible: true });
    expect(procedureView(history, "2025-09-01").notices[0]).toMatchObject({ daysLeft: 0, exclusionPossible: true });
  });
});
