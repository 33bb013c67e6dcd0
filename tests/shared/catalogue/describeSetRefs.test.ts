import { describeSetRefs } from "../../../shared/catalogue/describeSetRefs";

const ALL_C = Array.from({ length: 16 }, (_, index) => `C:${index + 1}`);

describe("describeSetRefs", () => {
  test("the sixteen domains of C are said once", () => {
    expect(describeSetRefs(["A", "B", ...ALL_C])).toBe("A, B et C (tous les domaines)");
    expect(describeSetRefs(["C"])).toBe("C (tous les domaines)");
  });

  test("some domains are each named", () => {
    expect(describeSetRefs(["B", "C:3"])).toBe("B et C domaine 3 — Finances");
    expect(describeSetRefs(ALL_C.slice(0, 15))).toMatch(/^C domaine 1 — Administration générale, .* et C domaine 15 — /);
  });
});
