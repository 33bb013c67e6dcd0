import { ofCommune } from "../../../shared/inventory/ofCommune";

test("de before a consonant or H, d' before a vowel", () => {
  expect(["Dijon", "Ahuy", "Is-sur-Tille", "Écutigny", "Hauteville-lès-Dijon"].map(ofCommune)).toEqual(["de Dijon", "d'Ahuy", "d'Is-sur-Tille", "d'Écutigny", "de Hauteville-lès-Dijon"]);
});
