import { lifecycleEventSchema, type LifecycleEvent } from "../../../../shared/adhesion/lifecycleEvent";
import { checkLifecycleEvent } from "../../../../shared/adhesion/rules/lifecycleEventRules";
import type { TimelineEvent } from "../../../../shared/adhesion/timelineEvent";
import { entry, validatedAB } from "../support/history";

const TODAY = "2025-09-15";
const event = (input: Record<string, unknown>): LifecycleEvent => lifecycleEventSchema.parse(input);
const refusals = (history: readonly TimelineEvent[], input: Record<string, unknown>, today = TODAY, published: { year: number; runId: string }[] = []) =>
  checkLifecycleEvent({ event: event(input), communeName: "Ahuy", history, today, published }).map(({ ruleId, kind, message }) => ({ ruleId, kind, message }));
const noticeOn = (date: string, sets = ["B"]) => entry("mise_en_demeure", { date, sets, comment: "Inventaire non tenu" });

describe("the annex's exclusion procedure, enforced", () => {
  test("a definitive exclusion with no notice is refused, pointing to the temporary exclusion for grave cases", () => {
    expect(refusals(validatedAB(), { type: "exclusion", date: "2025-09-01", sets: ["B"], comment: "Impayés" })).toEqual([
      {
        ruleId: "lifecycle.definitiveExclusionAfterNotice",
        kind: "state",
        message:
          "Exclusion définitive impossible pour B (champ sets) : aucune mise en demeure en cours au 01/09/2025. L'exclusion définitive suit une mise en demeure restée sans régularisation pendant 3 mois ; en cas grave, enregistrez une exclusion temporaire (temporary: true).",
      },
    ]);
  });

  test("two days after a notice, a definitive exclusion is refused until the deadline, saying how many days are left", () => {
    const history = [...validatedAB(), noticeOn("2025-09-13")];
    expect(refusals(history, { type: "exclusion", date: "2025-09-15", sets: ["B"], comment: "Impayés" })).toEqual([
      {
        ruleId: "lifecycle.definitiveExclusionAfterNotice",
        kind: "state",
        message: "Exclusion définitive de B impossible avant le 13/12/2025 (champ date) : la mise en demeure du 13/09/2025 laisse à Ahuy jusqu'à cette date pour régulariser (encore 89 jours).",
      },
    ]);
  });

  test("once the deadline has passed, the definitive exclusion is accepted from the deadline on, not before it", () => {
    const history = [...validatedAB(), noticeOn("2025-03-01")];
    expect(refusals(history, { type: "exclusion", date: "2025-06-01", sets: ["B"], comment: "Impayés" })).toEqual([]);
    expect(refusals(history, { type: "exclusion", date: "2025-05-31", sets: ["B"], comment: "Impayés" }).map((found) => found.ruleId)).toEqual(["lifecycle.definitiveExclusionAfterNotice"]);
    // Dated after the deadline but recorded before it has passed: refused too.
    expect(refusals(history, { type: "exclusion", date: "2025-07-01", sets: ["B"], comment: "Impayés" }, "2025-05-30").map((found) => found.ruleId)).toEqual(["lifecycle.definitiveExclusionAfterNotice"]);
  });

  test("a notice regularised cannot lead to a definitive exclusion", () => {
    const history = [...validatedAB(), noticeOn("2025-03-01"), entry("regularisation", { date: "2025-04-01" })];
    expect(refusals(history, { type: "exclusion", date: "2025-07-01", sets: ["B"], comment: "Impayés" }).map((found) => found.ruleId)).toEqual(["lifecycle.definitiveExclusionAfterNotice"]);
  });

  test("a total exclusion (no sets) needs every set held to be under an expired notice", () => {
    const history = [...validatedAB(), noticeOn("2025-03-01", ["B"])];
    expect(refusals(history, { type: "exclusion", date: "2025-07-01", comment: "Impayés" })[0]?.message).toMatch(/^Exclusion définitive impossible pour A \(champ sets\)/);
    expect(refusals([...validatedAB(), noticeOn("2025-03-01", ["A", "B"])], { type: "exclusion", date: "2025-07-01", comment: "Impayés" })).toEqual([]);
  });

  test("a temporary exclusion needs no notice but takes effect at once: never future-dated", () => {
    expect(refusals(validatedAB(), { type: "exclusion", date: "2025-09-15", sets: ["B"], temporary: true, comment: "Faille de sécurité" })).toEqual([]);
    expect(refusals(validatedAB(), { type: "exclusion", date: "2026-03-15", sets: ["B"], temporary: true, comment: "Faille de sécurité" })).toEqual([
      {
        ruleId: "lifecycle.temporaryExclusionImmediate",
        kind: "input",
        message: "Exclusion temporaire datée du 15/03/2026 (champ date) : elle s'applique sans délai, à titre préventif ; datez-la d'aujourd'hui (15/09/2025) au plus tard.",
      },
    ]);
  });

  test("a régularisation closes a notice in progress, and is refused without one", () => {
    expect(refusals([...validatedAB(), noticeOn("2025-08-01")], { type: "regularisation", date: "2025-09-01" })).toEqual([]);
    expect(refusals(validatedAB(), { type: "regularisation", date: "2025-09-01" })).toEqual([
      { ruleId: "lifecycle.regularisationClosesNotice", kind: "state", message: "Régularisation sans objet (champ date) : Ahuy n'a aucune mise en demeure en cours au 01/09/2025." },
    ]);
    expect(refusals([...validatedAB(), noticeOn("2025-08-01", ["B"])], { type: "regularisation", date: "2025-09-01", sets: ["A"] })[0]?.message).toBe(
      "Régularisation sans objet pour A (champ sets) : aucune mise en demeure en cours pour cet ensemble ; en cours : B.",
    );
    expect(refusals([...validatedAB(), noticeOn("2025-08-01")], { type: "regularisation", date: "2025-10-01" })[0]?.kind).toBe("input");
  });

  test("a set under a notice in progress cannot be noticed again", () => {
    expect(refusals([...validatedAB(), noticeOn("2025-08-01", ["B"])], { type: "mise_en_demeure", date: "2025-09-01", sets: ["A", "B"], comment: "Impayés" })[0]?.message).toBe(
      "Mise en demeure déjà en cours pour B (champ sets) : celle du 01/08/2025 laisse à Ahuy jusqu'au 01/11/2025 pour régulariser. Enregistrez la régularisation, ou l'exclusion une fois cette échéance passée.",
    );
  });
});

describe("plausible dates and published years", () => {
  test("an event dated before 2000 or after the end of next year is refused as invalid input (400)", () => {
    expect(refusals(validatedAB(), { type: "exclusion", date: "1900-01-01", sets: ["B"], temporary: true, comment: "x" })).toEqual([
      { ruleId: "lifecycle.plausibleDate", kind: "input", message: "Exclusion : date invalide (champ date) : date au plus tôt le 01/01/2000 attendue." },
    ]);
    expect(refusals(validatedAB(), { type: "retrait", date: "2099-01-01" })).toEqual([
      { ruleId: "lifecycle.plausibleDate", kind: "input", message: "Retrait : date invalide (champ date) : date au plus tard le 31/12/2026 (fin de l'année prochaine) attendue." },
    ]);
  });

  test("a withdrawal inside a published year is refused unless acknowledged", () => {
    const published = [{ year: 2025, runId: "20260110-abc" }];
    expect(refusals(validatedAB(), { type: "retrait", date: "2025-06-01" }, "2026-02-01", published)).toEqual([
      {
        ruleId: "lifecycle.publishedYearsAcknowledged",
        kind: "state",
        message:
          "Retrait daté du 01/06/2025 : il modifie l'année 2025, dont les quotes-parts sont publiées (calcul 20260110-abc). Pour l'enregistrer quand même, renvoyez-le avec « acknowledgePublishedYears » à true : il sera inscrit comme régularisation à reporter au prochain calcul.",
      },
    ]);
    expect(refusals(validatedAB(), { type: "retrait", date: "2025-06-01", acknowledgePublishedYears: true }, "2026-02-01", published)).toEqual([]);
    expect(refusals(validatedAB(), { type: "retrait", date: "2026-06-01" }, "2026-02-01", published)).toEqual([]);
  });
});
