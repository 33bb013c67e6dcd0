import { sameCommuneName } from "../../../shared/inventory/sameCommuneName";

describe("sameCommuneName", () => {
  test("the official name however it is typed: case, accents, hyphens, apostrophes, spaces, « St »", () => {
    expect(sameCommuneName("TALANT", "Talant")).toBe(true);
    expect(sameCommuneName("Marsannay la Cote", "Marsannay-la-Côte")).toBe(true);
    expect(sameCommuneName("St-Apollinaire", "Saint-Apollinaire")).toBe(true);
    expect(sameCommuneName("St. Apollinaire", "Saint-Apollinaire")).toBe(true);
    expect(sameCommuneName("Chenove", "Chenôve")).toBe(true);
    expect(sameCommuneName(" Dijon ", "Dijon")).toBe(true);
    expect(sameCommuneName("MAROEUIL", "Marœuil")).toBe(true);
    expect(sameCommuneName("Ville de Chenôve", "Chenôve")).toBe(true);
    expect(sameCommuneName("Commune d'Ahuy", "Ahuy")).toBe(true);
    expect(sameCommuneName("Mairie de Talant", "Talant")).toBe(true);
    expect(sameCommuneName("Chamboeuf", "Chambœuf")).toBe(true);
    expect(sameCommuneName("Chambœuf", "Chambœuf")).toBe(true);
  });

  test("another commune's name is not it", () => {
    expect(sameCommuneName("Paris", "Talant")).toBe(false);
    expect(sameCommuneName("Maruil", "Marœuil")).toBe(false);
    expect(sameCommuneName("Marsannay", "Marsannay-la-Côte")).toBe(false);
    expect(sameCommuneName("Sainte-Apollinaire", "Saint-Apollinaire")).toBe(false);
  });
});
