import { isInseeCode } from "../../../shared/identifiers/inseeCode";
import { inseeCodeSchema } from "../../../shared/identifiers/inseeCodeSchema";
import { sirenSchema } from "../../../shared/identifiers/sirenSchema";
import { parseWith } from "../../../shared/validation/parseWith";

describe("identifiers, written once", () => {
  test("INSEE codes: five digits, or 2A/2B and three digits (Corsica)", () => {
    expect(["21231", "01001", "2A004", "2B033"].every(isInseeCode)).toBe(true);
    expect(["2123", "212311", "2C004", "21 231", 21231, undefined].some(isInseeCode)).toBe(false);
  });

  test("the schema names what it received, in French", () => {
    expect(parseWith(inseeCodeSchema, "2C004")).toEqual({ ok: false, problems: [{ path: "", message: "code INSEE invalide « 2C004 » : 5 caractères attendus (5 chiffres, ou 2A/2B suivis de 3 chiffres, par exemple 21231)" }] });
    expect(parseWith(inseeCodeSchema, "")).toEqual({ ok: false, problems: [{ path: "", message: "code INSEE attendu (5 caractères, par exemple 21231)" }] });
    expect(parseWith(sirenSchema, "24210041")).toEqual({ ok: false, problems: [{ path: "", message: "SIREN invalide « 24210041 » : texte de 9 chiffres attendu (par exemple 242100410)" }] });
  });
});
