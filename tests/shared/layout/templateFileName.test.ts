import { templateFileName } from "../../../shared/layout/templateFileName";

describe("templateFileName", () => {
  test("carries the version and the configuration counts of each kind", () => {
    expect(templateFileName("2026.1", { fibre: 1, interconnexion: 0, isole: 1 })).toBe("description-organique-2026.1-f1-i0-s1.xlsx");
    expect(templateFileName("2026.1", { fibre: 12, interconnexion: 3, isole: 0 })).toBe("description-organique-2026.1-f12-i3-s0.xlsx");
  });

  test("a workbook prefilled for a commune names its INSEE code before the version", () => {
    expect(templateFileName("2026.1", { fibre: 2, interconnexion: 0, isole: 1 }, "21231")).toBe("description-organique-21231-2026.1-f2-i0-s1.xlsx");
  });
});
