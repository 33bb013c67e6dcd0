import { buildDeliberationCsv } from "../../../shared/exports/buildDeliberationCsv";
import { buildDeliberationTable } from "../../../shared/exports/buildDeliberationTable";
import { clectSource } from "./support/clectDeliberation";

describe("buildDeliberationCsv", () => {
  const csv = buildDeliberationCsv(buildDeliberationTable(clectSource()));
  const lines = csv.slice(1).split("\r\n");

  test("UTF-8 byte-order mark, `;`, CRLF; the title, the EPCI and the run of each column first", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines.slice(0, 4)).toEqual([
      "Tableau de la délibération — quote-parts 2019;Dijon Métropole (SIREN 242100410)",
      "Année 2019 : calcul 20190411T090000000Z-1a2b3c4d · arrêté au 11/04/2019 · statut : publié",
      "Années 2020 et suivantes : calcul 20190411T090000001Z-5e6f7a8b en année pleine · arrêté au 11/04/2019 · statut : calculé",
      "",
    ]);
  });

  test("one line per member in the CLECT's order, decimal commas, then the communes' total, the Métropole's line and the total cost", () => {
    const header = lines.indexOf(
      "Code;Entité;Participation Année 2019 (€);Participation Années 2020 et suivantes (€);Ajustement de l'attribution de compensation Année 2019 (€);Ajustement de l'attribution de compensation Années 2020 et suivantes (€)",
    );
    expect(header).toBe(4);
    const body = lines.slice(header + 1, header + 27);
    expect(body[0]).toBe("21003;Ahuy;0,00;0,00;0,00;0,00");
    expect(body[7]).toBe("21231;Dijon + CCAS;7702296,00;7858606,00;-7281296,00;-7437606,00");
    expect(body[15]).toBe("21452;Neuilly-Crimolois;1833,00;3000,00;-1333,00;-2000,00");
    expect(body[22]).toBe("21617;Talant;0,00;0,00;0,00;0,00");
    expect(body.slice(23)).toEqual([
      "Total;Communes;7798827,00;8003669,00;-7377327,00;-7581669,00",
      "242100410;Dijon Métropole;4801044,00;4919013,00;;",
      "Total;Coût total des services communs;12599871,00;12922682,00;;",
    ]);
  });

  test("the notes close the file, quoted when they hold a separator", () => {
    expect(lines.slice(-5)).toEqual([
      "",
      "Notes",
      // Quoted: it holds a `;`.
      "\"Dijon + CCAS : part de sa participation déjà comprise dans l'attribution de compensation, 421\u00a0000,00\u00a0€ en 2019 comme à compter de 2020 ; l'ajustement n'en retient que le reste.\"",
      "Neuilly-Crimolois : part de sa participation refacturée directement, hors attribution de compensation, 500,00\u00a0€ en 2019 et 1\u00a0000,00\u00a0€ par an à compter de 2020.",
      "",
    ]);
  });
});
