import { toSheetTitles } from "../../../shared/exports/toSheetTitles";

describe("toSheetTitles", () => {
  test("characters Excel refuses are replaced, names cut at 31 characters, apostrophes trimmed at the ends", () => {
    expect(toSheetTitles(["réseau/wifi[1]:*?\\", "'postes'", "un identifiant de poste bien trop long pour Excel"])).toEqual([
      "réseau-wifi-1-----",
      "postes",
      "un identifiant de poste bien tr",
    ]);
  });

  test("titles are unique, case-insensitively, among themselves and with the reserved ones", () => {
    const titles = toSheetTitles(["totaux", "Infra", "infra", "INFRA", ""], ["Totaux"]);
    expect(titles).toEqual(["totaux (2)", "Infra", "infra (2)", "INFRA (3)", "Poste"]);
    expect(titles.every((title) => title.length <= 31)).toBe(true);
  });

  test("a suffix never makes a long title exceed 31 characters", () => {
    const long = "x".repeat(40);
    expect(toSheetTitles([long, long])).toEqual(["x".repeat(31), `${"x".repeat(27)} (2)`]);
  });
});
