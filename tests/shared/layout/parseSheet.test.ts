import fc from "fast-check";
import type { Finding } from "../../../shared/checks/finding";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { parseSheet } from "../../../shared/layout/parseSheet";
import { addressOf, filledGrid, rowWithKey, sampleSubmission, withCell, type Grid } from "./sheetFixtures";
import { submissionArbitrary } from "./submissionArbitrary";

const errors = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === "error");
const rules = (findings: readonly Finding[]) => findings.map((finding) => finding.ruleId);

/** The grid's rows in another order, drawn from a seed. */
function shuffled(grid: Grid, seed: number): Grid {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const rows = [...grid];
  for (let i = rows.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as unknown[], rows[i] as unknown[]];
  }
  return rows;
}

describe("parseSheet: round trip", () => {
  test("parseSheet(grid of buildSheetLayout + renderValues) gives back the same submission, without finding", () => {
    fc.assert(
      fc.property(submissionArbitrary(), (submission) => {
        const parsed = parseSheet(filledGrid(submission));
        expect(parsed.findings).toEqual([]);
        expect(parsed.submission).toStrictEqual(submission);
      }),
      { numRuns: 150 },
    );
  });

  test("rows in any order read the same: the sheet is read by key, not by position", () => {
    fc.assert(
      fc.property(submissionArbitrary(2), fc.integer(), (submission, seed) => {
        const parsed = parseSheet(shuffled(filledGrid(submission), seed));
        expect(parsed.findings).toEqual([]);
        expect(parsed.submission).toStrictEqual(submission);
      }),
      { numRuns: 40 },
    );
  });

  test("values as Excel gives them back (date serial, Date object, booleans, numeric INSEE code) read the same", () => {
    const submission = { ...sampleSubmission(), commune: { insee: "01053", name: "Bourg-en-Bresse" } };
    let grid = filledGrid(submission);
    grid = withCell(grid, addressOf(submission, { kind: "identity", field: "etatDesLieux" }), 45778);
    grid = withCell(grid, addressOf(submission, { kind: "identity", field: "insee" }), 1053);
    grid = withCell(grid, addressOf(submission, { kind: "set", set: "B" }), true);
    grid = withCell(grid, addressOf(submission, { kind: "set", set: "A" }), "");
    grid = withCell(grid, addressOf(submission, { kind: "domain", domain: 3 }), "x");
    grid = withCell(grid, addressOf(submission, { kind: "notApplicable", sectionId: "video" }), "OUI");
    expect(parseSheet(grid)).toEqual({ submission, findings: [] });
    const withDate = withCell(grid, addressOf(submission, { kind: "identity", field: "etatDesLieux" }), new Date(Date.UTC(2025, 4, 1)));
    expect(parseSheet(withDate).submission).toEqual(submission);
  });

  test("ExcelJS cell objects (hyperlinked email, formula result, rich text) read as their plain value", () => {
    const submission = sampleSubmission();
    let grid = filledGrid(submission);
    const email = addressOf(submission, { kind: "referent", index: 0, field: "email" });
    grid = withCell(grid, email, { text: "claire.martin@example.fr", hyperlink: "mailto:claire.martin@example.fr" });
    grid = withCell(grid, addressOf(submission, { kind: "row", rowId: "reseau.totalAgents", column: "quantity" }), { formula: "1000+234", result: 1234 });
    grid = withCell(grid, addressOf(submission, { kind: "row", rowId: "infra.firewall", column: "description" }), { richText: [{ text: "Storm" }, { text: "shield" }] });
    expect(parseSheet(grid)).toEqual({ submission, findings: [] });
  });

  test("blank stays blank and 0 stays 0", () => {
    const parsed = parseSheet(filledGrid(sampleSubmission()));
    expect(parsed.submission?.inventory.answers["reseau.totalPostes"]).toEqual({ quantity: 0 });
    expect(parsed.submission?.inventory.answers["reseau.adresses"]).toBeUndefined();
    expect(parsed.submission?.inventory.blocks.isole[0]).toEqual({ answers: { "site.adresses": { description: "Salle des fêtes" } } });
  });
});

describe("parseSheet: French numbers and unreadable values", () => {
  const submission = sampleSubmission();
  const totalSites = addressOf(submission, { kind: "row", rowId: "reseau.totalSites", column: "quantity" });

  test.each([
    ["1 234", 1234],
    ["1\u00A0234", 1234],
    ["1\u202F234", 1234],
    ["1,5", 1.5],
    ["-3", -3],
  ])("the text %j in a Quantité cell reads as %p", (text, expected) => {
    const parsed = parseSheet(withCell(filledGrid(submission), totalSites, text));
    expect(parsed.findings).toEqual([]);
    expect(parsed.submission?.inventory.answers["reseau.totalSites"]).toEqual({ quantity: expected });
  });

  test.each(["beaucoup", "1.234", "12 abc"])("the text %j gives a parse.number error at its cell and the quantity stays blank", (text) => {
    const parsed = parseSheet(withCell(filledGrid(submission), totalSites, text));
    expect(parsed.findings).toEqual([
      {
        ruleId: "parse.number",
        severity: "error",
        sectionId: "reseau",
        rowId: "reseau.totalSites",
        ref: { kind: "row", rowId: "reseau.totalSites", column: "quantity" },
        cell: totalSites,
        message: expect.stringContaining(`« ${text} »`),
      },
    ]);
    expect(parsed.findings[0]?.message).toContain("Nombre total de sites");
    expect(parsed.findings[0]?.message).toContain(totalSites);
    expect(parsed.submission?.inventory.answers["reseau.totalSites"]).toBeUndefined();
  });

  test("a bad number in a block row names the block row and its cell, with the block's place in the submission", () => {
    const ref = { kind: "blockRow", block: "isole", index: 1, rowId: "site.postePortable", column: "quantity" } as const;
    const address = addressOf(submission, ref);
    const parsed = parseSheet(withCell(filledGrid(submission), address, "cinq"));
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.number", severity: "error", sectionId: "blocks.isole.2", rowId: "site.postePortable", ref, cell: address }]);
    expect(parsed.findings[0]?.message).toContain("Configuration Type 2");
    expect(parsed.submission?.inventory.blocks.isole[1]).toEqual({ answers: {} });
  });

  test("a bad date and a bad choice give parse.date and parse.choice errors at their cells", () => {
    const date = addressOf(submission, { kind: "identity", field: "etatDesLieux" });
    const set = addressOf(submission, { kind: "set", set: "A" });
    const grid = withCell(withCell(filledGrid(submission), date, "31/02/2025"), set, "peut-être");
    const parsed = parseSheet(grid);
    expect(parsed.findings).toMatchObject([
      { ruleId: "parse.date", severity: "error", sectionId: "identite", cell: date, ref: { kind: "identity", field: "etatDesLieux" } },
      { ruleId: "parse.choice", severity: "error", sectionId: "adhesion", cell: set, ref: { kind: "set", set: "A" } },
    ]);
    expect(parsed.submission?.inventory.etatDesLieux).toBeNull();
    expect(parsed.submission?.sets).toEqual(["B", "C"]);
  });
});

describe("parseSheet: damaged grids", () => {
  const submission = sampleSubmission();

  test("a grid without key column is refused with a clear French error", () => {
    const parsed = parseSheet([["Budget 2025", 12], ["Total", 3]]);
    expect(parsed.submission).toBeUndefined();
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.sheet", severity: "error", message: expect.stringContaining("n'est pas une description organique") }]);
    expect(parseSheet([]).findings).toMatchObject([{ ruleId: "parse.sheet" }]);
  });

  test("a deleted block title row does not lose the block: its rows are read by key", () => {
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "block:isole[2]"), 1);
    expect(parseSheet(grid)).toEqual({ submission, findings: [] });
  });

  test("a block removed from the middle: the next ones are renumbered, with a warning", () => {
    const two = { ...submission, inventory: { ...submission.inventory, blocks: { ...submission.inventory.blocks, isole: [...submission.inventory.blocks.isole, { answers: { "site.posteFixe": { quantity: 9 } } }] } } };
    const grid = filledGrid(two).filter((row) => !String(row[0]).startsWith("isole[2]/") && row[0] !== "block:isole[2]");
    const parsed = parseSheet(grid);
    expect(parsed.submission?.inventory.blocks.isole).toEqual([submission.inventory.blocks.isole[0], { answers: { "site.posteFixe": { quantity: 9 } } }]);
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.blockGap", severity: "warning", sectionId: "blocks.isole.2" }]);
  });

  test("a block emptied down to its title is not read, with a warning: removing a block is never silent", () => {
    const grid = filledGrid(submission).filter((row) => !String(row[0]).startsWith("isole[2]/"));
    const parsed = parseSheet(grid);
    expect(parsed.submission?.inventory.blocks.isole).toEqual([submission.inventory.blocks.isole[0]]);
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.blockGap", severity: "warning", sectionId: "blocks.isole.2" }]);
    expect(parsed.findings[0]?.message).toContain("Configuration Type 2");
  });

  test("a deleted model row reads as blank with a warning naming it in words (rubrique, label, the row it follows), never by its key", () => {
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "reseau.totalAgents"), 1);
    const parsed = parseSheet(grid);
    expect(parsed.submission?.inventory.answers["reseau.totalAgents"]).toBeUndefined();
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.missingRow", severity: "warning", rowId: "reseau.totalAgents", sectionId: "reseau" }]);
    expect(parsed.findings[0]?.message).toBe(
      "La ligne « Nombre total d'agents » (rubrique « Réseau de la Collectivité ») est absente de la feuille (supprimée ?) : elle reste vide. " +
        "Dans le modèle, elle se trouve juste après la ligne « Nombre total de sites » : réinsérez-la là, ou repartez du modèle.",
    );
  });

  test("a copied row is an error and only the first is read; a foreign key or a hand-inserted row holding something are errors too (never accepted while ignored)", () => {
    const grid = filledGrid(submission);
    const sites = rowWithKey(grid, "reseau.totalSites");
    const copy = [...(grid[sites] ?? [])];
    copy[4] = 99;
    grid.push(copy, ["autre:ligne", null, "Ligne étrangère", null, 5, null], [null, null, "Mon logiciel", "Ciril", 3, null]);
    const parsed = parseSheet(grid);
    expect(rules(parsed.findings)).toEqual(["parse.duplicateKey", "parse.unknownKey", "parse.unkeyedRow"]);
    expect(rules(errors(parsed.findings))).toEqual(["parse.duplicateKey", "parse.unknownKey", "parse.unkeyedRow"]);
    expect(parsed.findings[0]?.cell).toBe(`A${grid.length - 2}`);
    expect(parsed.findings[2]?.cell).toBe(`C${grid.length}`);
    expect(parsed.submission?.inventory.answers["reseau.totalSites"]).toEqual({ quantity: 3 });
  });

  test("a grid shifted by an inserted column still reads, with the addresses of the shifted cells", () => {
    const grid = filledGrid(submission).map((row) => [null, ...row]);
    const totalSites = addressOf(submission, { kind: "row", rowId: "reseau.totalSites", column: "quantity" });
    const shifted = `F${totalSites.slice(1)}`;
    expect(parseSheet(grid)).toEqual({ submission, findings: [] });
    expect(parseSheet(withCell(grid, shifted, "trois")).findings).toMatchObject([{ ruleId: "parse.number", cell: shifted }]);
  });

  test("a grid that does not pass the submission schema gives no submission and findings at the cells", () => {
    let grid = filledGrid(submission);
    grid = withCell(grid, addressOf(submission, { kind: "identity", field: "insee" }), "2123");
    grid = withCell(grid, addressOf(submission, { kind: "referent", index: 1, field: "nom" }), "x".repeat(101));
    const parsed = parseSheet(grid);
    expect(parsed.submission).toBeUndefined();
    expect(parsed.findings).toMatchObject([
      { ruleId: "parse.schema", severity: "error", sectionId: "identite", cell: "D6", ref: { kind: "identity", field: "insee" } },
      { ruleId: "parse.schema", severity: "error", sectionId: "referents", cell: addressOf(submission, { kind: "referent", index: 1, field: "nom" }) },
    ]);
    expect(parsed.findings[0]?.message).toBe("« Code INSEE », cellule D6 : code INSEE invalide « 2123 » : 5 caractères attendus (5 chiffres, ou 2A/2B suivis de 3 chiffres, par exemple 21231)");
    expect(parsed.findings[1]?.message).toMatch(/^Le référent 2, « Nom », cellule B\d+ : 100 caractères au plus$/);
  });

  test("a blank commune name is read as blank: completeness is the checks' business", () => {
    const grid = withCell(filledGrid(submission), addressOf(submission, { kind: "identity", field: "name" }), null);
    expect(parseSheet(grid)).toEqual({ submission: { ...submission, commune: { ...submission.commune, name: "" } }, findings: [] });
  });

  test("blank référent rows are skipped; a référent further down is kept in order", () => {
    let grid = filledGrid(submission);
    grid = withCell(grid, addressOf(submission, { kind: "referent", index: 4, field: "nom" }), "Petit");
    const parsed = parseSheet(grid);
    expect(parsed.submission?.inventory.referents.map((referent) => referent.nom)).toEqual(["Martin", "Durand", "Petit"]);
  });

  test("a lost template version falls back to the current one with a warning", () => {
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "template:version"), 1);
    const parsed = parseSheet(grid);
    expect(parsed.submission?.inventory.templateVersion).toBe(submission.inventory.templateVersion);
    expect(rules(parsed.findings)).toEqual(["parse.version"]);
  });

  test("a version cell edited to a version that does not exist records the version of the layout read with, with a warning at the cell", () => {
    const grid = filledGrid(submission);
    grid.splice(rowWithKey(grid, "template:version"), 0, [null, null, "ligne ajoutée"]);
    const version = rowWithKey(grid, "template:version");
    const parsed = parseSheet(withCell(grid, `C${version + 1}`, "2019.1"));
    expect(parsed.submission).toEqual({ ...submission, inventory: { ...submission.inventory, templateVersion: TEMPLATE_VERSION } });
    expect(parsed.findings).toEqual([
      { ruleId: "parse.version", severity: "warning", cell: `C${version + 1}`, message: expect.stringContaining(`« 2019.1 »`) },
      expect.objectContaining({ ruleId: "parse.unkeyedRow" }),
    ]);
    expect(parsed.findings[0]?.message).toContain(`lue avec le modèle ${TEMPLATE_VERSION}`);
  });

  test("the current version typed back as a number reads as the current version, without finding", () => {
    const grid = filledGrid(submission);
    const parsed = parseSheet(withCell(grid, `C${rowWithKey(grid, "template:version") + 1}`, Number(TEMPLATE_VERSION)));
    expect(parsed).toEqual({ submission, findings: [] });
  });
});

describe("parseSheet: rows added by hand", () => {
  const submission = sampleSubmission();

  test("a 7th référent typed in a row inserted below the référents is an error at that row saying 6 référents at most, not read", () => {
    const grid = filledGrid(submission);
    const below = rowWithKey(grid, "referent[6]") + 1;
    grid.splice(below, 0, [null, "Petit", "Jeanne", "Adjointe", "03 80 11 11 11", "jeanne.petit@example.fr"]);
    const parsed = parseSheet(grid);
    expect(parsed.findings).toEqual([{ ruleId: "parse.extraReferent", severity: "error", sectionId: "referents", cell: `B${below + 1}`, message: expect.any(String) }]);
    const message = parsed.findings[0]?.message ?? "";
    expect(message).toContain(`La ligne ${below + 1} (« Petit »)`);
    expect(message).toContain("6 référents au plus");
    expect(message).not.toContain("Autres");
    expect(parsed.submission?.inventory.referents).toEqual(submission.inventory.referents);
  });

  test("a référent typed in the blank row under the référents, or in a row inserted between two, gets the same error", () => {
    const spacer = rowWithKey(filledGrid(submission), "referent[6]") + 1;
    const typedBelow = parseSheet(withCell(filledGrid(submission), `D${spacer + 1}`, "Responsable informatique"));
    expect(typedBelow.findings).toMatchObject([{ ruleId: "parse.extraReferent", severity: "error", cell: `D${spacer + 1}` }]);
    const grid = filledGrid(submission);
    const between = rowWithKey(grid, "referent[2]");
    grid.splice(between, 0, [null, "Petit", null, null, null, null]);
    expect(parseSheet(grid).findings).toMatchObject([{ ruleId: "parse.extraReferent", cell: `B${between + 1}` }]);
  });

  test("a row added in a rubrique with an « Autres » row points to it; elsewhere it points to the rows of the template", () => {
    const inSection = filledGrid(submission);
    inSection.splice(rowWithKey(inSection, "infra.firewall") + 1, 0, [null, null, "Pare-feu secondaire", "Fortinet", null, null]);
    const inBlock = filledGrid(submission);
    inBlock.splice(rowWithKey(inBlock, "isole[2]/site.autres") + 1, 0, [null, null, "Bornes", null, 2, null]);
    for (const grid of [inSection, inBlock]) {
      expect(parseSheet(grid).findings).toMatchObject([{ ruleId: "parse.unkeyedRow", severity: "error", message: expect.stringContaining("ligne « Autres » de la rubrique") }]);
    }
    const inIdentity = filledGrid(submission);
    inIdentity.splice(rowWithKey(inIdentity, "identity:etatDesLieux") + 1, 0, [null, "Commune déléguée", null, "Saint-Apollinaire", null, null]);
    const inNetwork = filledGrid(submission);
    inNetwork.splice(rowWithKey(inNetwork, "reseau.totalAgents") + 1, 0, [null, null, "Agents saisonniers", null, 40, null]);
    for (const grid of [inIdentity, inNetwork]) {
      const { findings } = parseSheet(grid);
      expect(findings).toMatchObject([{ ruleId: "parse.unkeyedRow", severity: "error" }]);
      expect(findings[0]?.message).not.toContain("Autres");
      expect(findings[0]?.message).toContain("lignes prévues par le modèle");
    }
  });
});

describe("parseSheet: a site configuration copied by hand", () => {
  const submission = sampleSubmission();
  /** The rows of a block (title and rows), as copied with their hidden keys. */
  const blockRows = (grid: Grid, kind: string, number: number) =>
    grid.filter((row) => row[0] === `block:${kind}[${number}]` || String(row[0]).startsWith(`${kind}[${number}]/`)).map((row) => [...row]);

  test("a configuration copied with its title row gives one error at the copy's title cell, saying how to add a configuration; the copy is not read", () => {
    const grid = filledGrid(submission);
    const copy = blockRows(grid, "isole", 1);
    copy[12] = copy[12]?.map((cell, column) => (column === 4 ? 7 : cell)) ?? [];
    const at = rowWithKey(grid, "isole[2]/site.autres") + 1;
    grid.splice(at, 0, ...copy);
    const parsed = parseSheet(grid);
    expect(parsed.findings).toEqual([{ ruleId: "parse.copiedBlock", severity: "error", sectionId: "blocks.isole.1", cell: `B${at + 1}`, message: expect.any(String) }]);
    const first = rowWithKey(grid, "block:isole[1]") + 1;
    expect(parsed.findings[0]?.message).toBe(
      `Les lignes ${at + 1} à ${at + copy.length} sont copiées de « Sites isolés (hors réseau de la collectivité) - Configuration Type 1 » (lignes ${first} à ${first + copy.length - 1}) : ` +
        "elles ne sont pas lues, car une configuration ne s'ajoute pas en copiant des lignes. Pour décrire une configuration de plus, " +
        "utilisez le bouton « Ajouter une configuration » du complément Excel, ou téléchargez un modèle avec le nombre de configurations voulu " +
        "et reportez-y vos réponses ; puis supprimez ces lignes.",
    );
    expect(parsed.submission).toEqual(submission);
  });

  test("copied without its title row: the error is at the first copied row's label; two configurations copied give one error each", () => {
    const grid = filledGrid(submission);
    const fibre = blockRows(grid, "fibre", 1).slice(1);
    const isole = blockRows(grid, "isole", 2);
    const end = grid.length;
    grid.push(...fibre, [null, null, null, null, null, null], ...isole);
    const parsed = parseSheet(grid);
    expect(parsed.findings).toMatchObject([
      { ruleId: "parse.copiedBlock", severity: "error", sectionId: "blocks.fibre.1", cell: `C${end + 1}` },
      { ruleId: "parse.copiedBlock", severity: "error", sectionId: "blocks.isole.2", cell: `B${end + fibre.length + 2}` },
    ]);
    expect(parsed.findings[0]?.message).toContain("Interconnexion par fibre optique privative - Configuration 1");
  });

  test("a single row of a configuration copied stays a copied row, at its key", () => {
    const grid = filledGrid(submission);
    const row = rowWithKey(grid, "isole[1]/site.posteFixe");
    grid.splice(row + 1, 0, [...(grid[row] ?? [])]);
    expect(parseSheet(grid).findings).toEqual([
      { ruleId: "parse.duplicateKey", severity: "error", cell: `A${row + 2}`, message: expect.stringContaining(`seule la ligne ${row + 1} est lue`) },
    ]);
  });
});

describe("parseSheet: Excel error values", () => {
  const submission = sampleSubmission();
  const firewall = addressOf(submission, { kind: "row", rowId: "infra.firewall", column: "description" });
  const insee = addressOf(submission, { kind: "identity", field: "insee" });
  const nom = addressOf(submission, { kind: "referent", index: 0, field: "nom" });

  test.each([
    ["#N/A", "#N/A"],
    [{ error: "#DIV/0!" }, "#DIV/0!"],
    [{ formula: "VLOOKUP(A1,B:C,2,0)", result: { error: "#REF!" } }, "#REF!"],
    ["#VALUE!", "#VALUE!"],
  ])("%j in a Description cell is an error at the cell, and nothing is stored", (raw, code) => {
    const parsed = parseSheet(withCell(filledGrid(submission), firewall, raw));
    expect(parsed.findings).toEqual([
      {
        ruleId: "parse.text",
        severity: "error",
        sectionId: "infra",
        rowId: "infra.firewall",
        ref: { kind: "row", rowId: "infra.firewall", column: "description" },
        cell: firewall,
        message: `Valeur illisible « ${code} » pour la ligne « Firewall » (rubrique « Sites "datacenters" et services centraux d'infrastructure »), colonne Description, cellule ${firewall} : la cellule contient une erreur Excel ; corrigez la formule ou saisissez la valeur.`,
      },
    ]);
    expect(parsed.submission?.inventory.answers["infra.firewall"]).toBeUndefined();
  });

  test("in a référent cell: an error at the cell, the field left blank", () => {
    const parsed = parseSheet(withCell(filledGrid(submission), nom, "#N/A"));
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.text", severity: "error", sectionId: "referents", cell: nom, ref: { kind: "referent", index: 0, field: "nom" } }]);
    expect(parsed.submission?.inventory.referents[0]?.nom).toBe("");
  });

  test("in the INSEE code cell: one error at the cell (not a second one for the code then missing), and no submission", () => {
    const parsed = parseSheet(withCell(filledGrid(submission), insee, { formula: "RECHERCHEV(B5;Communes;2;FAUX)", result: { error: "#N/A" } }));
    expect(parsed.submission).toBeUndefined();
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.text", severity: "error", cell: insee, message: expect.stringContaining("erreur Excel") }]);
    expect(parsed.findings).toHaveLength(1);
  });

  test("in a Quantité cell it stays a parse.number error, with the same hint", () => {
    const quantity = addressOf(submission, { kind: "row", rowId: "reseau.totalSites", column: "quantity" });
    const parsed = parseSheet(withCell(filledGrid(submission), quantity, { formula: "E46/0", result: { error: "#DIV/0!" } }));
    expect(parsed.findings).toMatchObject([{ ruleId: "parse.number", cell: quantity, message: expect.stringContaining("« #DIV/0! »") }]);
    expect(parsed.findings[0]?.message).toContain("la cellule contient une erreur Excel ; corrigez la formule ou saisissez la valeur");
  });
});
