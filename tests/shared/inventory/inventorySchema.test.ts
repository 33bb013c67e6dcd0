import { BLOCK_ROWS, FIXED_ROWS } from "../../../shared/inventory/descriptionOrganique";
import type { Answer } from "../../../shared/inventory/inventorySchema";
import { BLOCK_DEFINITIONS, type BlockKind } from "../../../shared/inventory/siteBlocks";
import { submissionSchema, type Submission } from "../../../shared/inventory/submissionSchema";
import { parseWith } from "../../../shared/validation/parseWith";
import { describeProblem, type Problem } from "../../../shared/validation/problem";
import { aCompleteSubmission } from "../checks/support/aCompleteSubmission";

/** The problems of a submission (none when accepted), each as `path : message`. */
function problemsOf(submission: Submission): string[] {
  const result = parseWith(submissionSchema, submission);
  return result.ok ? [] : result.problems.map((problem: Problem) => describeProblem(problem));
}

/** A complete submission whose first block of `kind` also answers `rowId`. */
function withBlockAnswer(kind: BlockKind, rowId: string, answer: Answer): Submission {
  const submission = aCompleteSubmission({ blocks: { fibre: 1, interconnexion: 1, isole: 1 } });
  const [first, ...others] = submission.inventory.blocks[kind];
  const block = { answers: { ...first?.answers, [rowId]: answer } };
  return { ...submission, inventory: { ...submission.inventory, blocks: { ...submission.inventory.blocks, [kind]: [block, ...others] } } };
}

/** A complete submission that also answers the fixed row `rowId`. */
function withFixedAnswer(rowId: string, answer: Answer): Submission {
  const submission = aCompleteSubmission();
  return { ...submission, inventory: { ...submission.inventory, answers: { ...submission.inventory.answers, [rowId]: answer } } };
}

const rowsWithoutQuantity = (rows: Iterable<{ id: string; input: { quantity?: string } }>) => [...rows].filter((row) => row.input.quantity === undefined).map((row) => row.id);

describe("inventorySchema: rows per block kind", () => {
  test("an isolated site has no interconnection row: such an answer is refused, naming the row", () => {
    expect(problemsOf(withBlockAnswer("isole", "site.interconnexion", { description: "VPN" }))).toEqual([
      "inventory.blocks.isole[0].answers : la ligne « site.interconnexion » n'existe pas pour les sites isolés",
    ]);
  });

  test("the interconnection row is accepted in the blocks that have it", () => {
    expect(problemsOf(withBlockAnswer("fibre", "site.interconnexion", { description: "Fibre 1 Gb/s" }))).toEqual([]);
    expect(problemsOf(withBlockAnswer("interconnexion", "site.interconnexion", { description: "VPN opérateur" }))).toEqual([]);
  });

  test("for every kind, exactly the rows of its definition are accepted", () => {
    for (const { kind, rows } of BLOCK_DEFINITIONS) {
      const own = new Set(rows.map((row) => row.id));
      for (const id of BLOCK_ROWS.keys()) {
        const problems = problemsOf(withBlockAnswer(kind, id, { description: "texte" }));
        if (own.has(id)) expect(problems).toEqual([]);
        else expect(problems).toEqual([expect.stringMatching(new RegExp(`^inventory\\.blocks\\.${kind}\\[0\\]\\.answers : la ligne « ${id.replace(".", "\\.")} » n'existe pas pour les sites`))]);
      }
    }
  });

  test("a row unknown to the model is refused wherever it is answered, naming the row", () => {
    expect(problemsOf(withBlockAnswer("fibre", "site.inconnue", { description: "x" }))).toEqual([
      "inventory.blocks.fibre[0].answers : la ligne « site.inconnue » n'existe pas pour les sites interconnectés par fibre optique privative",
    ]);
    expect(problemsOf(withFixedAnswer("site.adresses", { description: "x" }))).toEqual(["inventory.answers : la ligne « site.adresses » n'existe pas dans le modèle"]);
  });
});

describe("inventorySchema: quantities only where the sheet has a Quantité cell", () => {
  test("a quantity on a text row is refused, naming the row, in a block and in the fixed rows", () => {
    expect(problemsOf(withBlockAnswer("fibre", "site.adresses", { description: "1 rue de la Mairie", quantity: 2 }))).toEqual([
      'inventory.blocks.fibre[0].answers["site.adresses"].quantity : la ligne « site.adresses » n\'a pas de quantité : seule sa description se renseigne',
    ]);
    const [textRow] = rowsWithoutQuantity(FIXED_ROWS.values());
    expect(problemsOf(withFixedAnswer(textRow!, { description: "Solution", quantity: 0 }))).toEqual([
      `inventory.answers[${JSON.stringify(textRow)}].quantity : la ligne « ${textRow} » n'a pas de quantité : seule sa description se renseigne`,
    ]);
  });

  test("every row without a Quantité cell refuses a quantity, every row with one accepts it", () => {
    const fixedWithout = new Set(rowsWithoutQuantity(FIXED_ROWS.values()));
    expect(fixedWithout.size).toBeGreaterThan(0);
    for (const id of FIXED_ROWS.keys()) {
      expect(problemsOf(withFixedAnswer(id, { quantity: 1 }))).toHaveLength(fixedWithout.has(id) ? 1 : 0);
    }
    for (const { kind, rows } of BLOCK_DEFINITIONS) {
      const without = new Set(rowsWithoutQuantity(rows));
      for (const row of rows) expect(problemsOf(withBlockAnswer(kind, row.id, { quantity: 1 }))).toHaveLength(without.has(row.id) ? 1 : 0);
    }
  });

  test("the example submissions are accepted as they are", () => {
    expect(problemsOf(aCompleteSubmission())).toEqual([]);
    expect(problemsOf(aCompleteSubmission({ sets: ["A"], blocks: {} }))).toEqual([]);
  });
});

describe("submissionSchema: missing fields", () => {
  test("a missing field reads « champ obligatoire », its path beside it", () => {
    const complete = aCompleteSubmission();
    const { insee: _insee, ...commune } = complete.commune;
    const { etatDesLieux: _etatDesLieux, ...inventory } = complete.inventory;
    expect(problemsOf({ ...complete, commune, inventory } as unknown as Submission)).toEqual(["commune.insee : champ obligatoire", "inventory.etatDesLieux : champ obligatoire"]);
  });
});

describe("inventorySchema: descriptions", () => {
  test("long lists fit (the addresses of 60 sites), up to 10 000 characters; beyond, refused naming the row", () => {
    const addresses = Array.from({ length: 60 }, (_, n) => `Site ${n + 1} : ${n + 1} rue de la République, 21000 Dijon`).join("\n");
    expect(addresses.length).toBeGreaterThan(2_000);
    expect(problemsOf(withFixedAnswer("reseau.adresses", { description: addresses }))).toEqual([]);
    expect(problemsOf(withFixedAnswer("reseau.adresses", { description: "x".repeat(10_000) }))).toEqual([]);
    expect(problemsOf(withFixedAnswer("reseau.adresses", { description: "x".repeat(10_001) }))).toEqual(['inventory.answers["reseau.adresses"].description : 10 000 caractères au plus']);
  });
});
