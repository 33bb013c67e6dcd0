import { erasureOutcome } from "../../../../shared/adhesion/erasureOutcome";
import { checkErasure } from "../../../../shared/adhesion/rules/erasureRules";
import type { ErasureContext } from "../../../../shared/adhesion/rules/erasure/ErasureContext";
import { entry, validatedAB } from "../support/history";

const left = [...validatedAB("2024-01-01"), entry("retrait", { date: "2025-01-01" })];
const context = (overrides: Partial<ErasureContext> = {}): ErasureContext => ({
  confirm: "21003",
  insee: "21003",
  communeName: "Ahuy",
  history: left,
  today: "2025-03-01",
  publishedYears: [2024],
  acknowledgeUnpublishedYears: false,
  ...overrides,
});
const messages = (overrides: Partial<ErasureContext> = {}) => checkErasure(context(overrides)).map((refusal) => refusal.message);

describe("the rules of an erasure, without HTTP", () => {
  test("a commune gone, its years published: erasable, and told what it means", () => {
    expect(messages()).toEqual([]);
    expect(erasureOutcome(context(), { records: 4, documents: 2 })).toBe(
      "Données d'Ahuy effacées. Les quotes-parts publiées (2024) gardent ses lignes : ce sont des documents comptables. Un calcul non publié fait avant cet effacement ne peut plus être publié : recalculez l'année concernée.",
    );
    expect(erasureOutcome(context({ history: [] }), { records: 0, documents: 0 })).toBe("Rien à effacer : aucune donnée d'Ahuy n'était enregistrée.");
  });

  test("the INSEE code must be repeated", () => {
    expect(messages({ confirm: "21231" })).toEqual(["Confirmation incorrecte : saisissez le code INSEE 21003 d'Ahuy."]);
  });

  test("a commune still adhering, or until a withdrawal takes effect, cannot be erased", () => {
    expect(messages({ history: validatedAB() })).toEqual(["Effacement impossible : Ahuy adhère encore (A, B). Enregistrez d'abord son retrait."]);
    expect(messages({ history: [...validatedAB(), entry("retrait", { date: "2025-06-01" })] })).toEqual([
      "Effacement impossible avant le 01/06/2025 : Ahuy adhère encore (A, B) jusqu'à cette date, où prend effet son retrait.",
    ]);
  });

  test("a year taken part in without published quote-parts needs acknowledging", () => {
    expect(messages({ publishedYears: [] })[0]).toMatch(/^Effacement à confirmer : Ahuy a adhéré en 2024, année dont les quotes-parts ne sont pas publiées\./);
    expect(messages({ publishedYears: [], acknowledgeUnpublishedYears: true })).toEqual([]);
  });
});
