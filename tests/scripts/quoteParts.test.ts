import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const directory = mkdtempSync(path.join(tmpdir(), "quote-parts-cli-"));

/** Runs the CLI as `npm run quote-parts` does (the compiled tool, through its launcher), with `args` after the script. */
const run = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ["scripts/cli/run.cjs", "quote-parts", ...args], { cwd: root, encoding: "utf8" });
  return { status, stdout, stderr };
};

/** Runs the TypeScript source itself through tsx, as `npm run quote-parts` did before it was compiled. */
const runSource = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(tsx, ["scripts/quoteParts.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status, stdout, stderr };
};

/** Writes a scenario file in a temporary directory and returns its path. */
const file = (name: string, content: unknown) => {
  const filePath = path.join(directory, name);
  writeFileSync(filePath, typeof content === "string" ? content : JSON.stringify(content));
  return filePath;
};

// 2019: Bretenière joins B on 1 May (8 months), Neuilly-Crimolois joins C:4 on 1 July (6 months), Ahuy takes nothing.
const scenario = {
  year: 2019,
  metropole: { id: "242100410", weights: { postes: 4, "users:4": 2 } },
  members: [
    { id: "21106", name: "Bretenière", adhesions: [{ set: "B", from: "2019-05-01" }], weights: { postes: 1 } },
    { id: "21452", name: "Neuilly-Crimolois", adhesions: [{ set: "C:4", from: "2019-07-01" }], weights: { "users:4": 2 } },
    { id: "21003", name: "Ahuy", adhesions: [], weights: {} },
  ],
  costItems: [
    { id: "infra", label: "Infrastructure", set: "B", amount: "1000.00" },
    { id: "marches", label: "Marchés publics", set: "C:4", amount: 2000, key: "users" },
  ],
};

describe("quote-parts CLI", () => {
  test("prints the report of a scenario file on stdout, 2-space JSON, exit 0 (hand-computed)", () => {
    // infra: Σw = 1 + 4; Bretenière 1000 × 1/5 × 8/12 = 133.33…; the Métropole 866.67.
    // marches: Σw = 2 + 2; Neuilly-Crimolois 2000 × 2/4 × 6/12 = 500; the Métropole 1500.
    // Nothing invoiced nor already in the AC: each AC adjustment is −participation.
    const expected = {
      year: 2019,
      items: [
        {
          id: "infra",
          label: "Infrastructure",
          amount: "1000.00",
          metropole: "866.67",
          shares: [{ id: "21106", name: "Bretenière", weight: 1, totalWeight: 5, months: 8, exact: "133.3333333333", amount: "133.33" }],
        },
        {
          id: "marches",
          label: "Marchés publics",
          amount: "2000.00",
          metropole: "1500.00",
          shares: [{ id: "21452", name: "Neuilly-Crimolois", weight: 2, totalWeight: 4, months: 6, exact: "500.0000000000", amount: "500.00" }],
        },
      ],
      totals: [
        { id: "21003", name: "Ahuy", amount: "0.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "0.00" },
        { id: "21106", name: "Bretenière", amount: "133.33", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-133.33" },
        { id: "21452", name: "Neuilly-Crimolois", amount: "500.00", invoiced: "0.00", acAlreadyIncluded: "0.00", acAdjustment: "-500.00" },
      ],
      // 1000 + 2000; 133.33 + 500; the Métropole 866.67 + 1500.
      summary: { costItems: "3000.00", communes: "633.33", invoiced: "0.00", acAdjustment: "-633.33", metropole: "2366.67" },
    };
    const result = run(file("ok.json", scenario));
    expect(result).toEqual({ status: 0, stdout: `${JSON.stringify(expected, null, 2)}\n`, stderr: "" });
  });

  test("`npm run --silent quote-parts -- FILE` runs the same script", () => {
    const { status, stdout } = spawnSync("npm", ["run", "--silent", "quote-parts", "--", file("npm.json", scenario)], { cwd: root, encoding: "utf8" });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ year: 2019, items: [{ id: "infra" }, { id: "marches" }] });
  });

  test("the compiled tool answers exactly as the TypeScript source does: report, refusal, missing argument", () => {
    for (const args of [[file("same.json", scenario)], [file("same-negative.json", { ...scenario, costItems: [{ ...scenario.costItems[0], amount: "-1" }] })], []]) {
      expect(run(...args)).toEqual(runSource(...args));
    }
  });

  const badInputs: [string, () => string[], RegExp[]][] = [
    ["no file argument", () => [], [/^fichier de scénario manquant — usage : npm run --silent quote-parts -- FICHIER\.json$/]],
    ["a file that does not exist", () => [path.join(directory, "absent.json")], [/^impossible de lire « .*absent\.json » : fichier introuvable$/]],
    ["a directory", () => [directory], [/^impossible de lire « .* » : c'est un dossier$/]],
    ["an empty file", () => [file("empty.json", "")], [/empty\.json : fichier vide : un scénario JSON est attendu$/]],
    ["a file that is not JSON", () => [file("broken.json", '{ "year": 2019\n  "members": [] }')], [/broken\.json : JSON invalide \(ligne 2, colonne 3\)/]],
    ["JSON that is not a scenario object", () => [file("array.json", "[]")], [/^scénario \{ year, metropole, members, costItems \} attendu$/]],
    [
      "a negative amount",
      () => [file("negative.json", { ...scenario, costItems: [{ ...scenario.costItems[0], amount: "-1000.00" }] })],
      [/^costItems\[0\]\.amount : le montant ne peut pas être négatif$/],
    ],
    [
      "several schema problems, one per line",
      () => [file("several.json", { ...scenario, year: 1999, members: [{ ...scenario.members[0], adhesions: [{ set: "D", from: "2019-02-30" }] }] })],
      [/^year : l'année doit être un entier entre 2000 et 2100$/, /^members\[0\]\.adhesions\[0\]\.set : ensemble inconnu « D »/, /^members\[0\]\.adhesions\[0\]\.from : date invalide « 2019-02-30 »/],
    ],
    [
      "a participant without the weight its item's key needs",
      () => [file("missing.json", { ...scenario, members: [{ ...scenario.members[0], weights: { agents: 3 } }] })],
      [/^members\[0\]\.weights\.postes : poids « postes » manquant pour la commune 21106 \(Bretenière\), participante au\(x\) poste\(s\) de coût : infra$/],
    ],
    [
      "a zero total weight",
      () => [file("zero.json", { ...scenario, metropole: { ...scenario.metropole, weights: { postes: 0, "users:4": 2 } }, members: [{ ...scenario.members[0], weights: { postes: 0 } }] })],
      [/^costItems\[0\] : poids total nul pour le poste de coût infra/],
    ],
    ["two file arguments", () => [file("one.json", scenario), file("two.json", scenario)], [/^un seul fichier attendu, 2 reçus/]],
  ];

  test.each(badInputs)("%s: French message on stderr naming the field, nothing on stdout, exit 2, no stack trace", (_, args, messages) => {
    const { status, stdout, stderr } = run(...args());
    expect(status).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(messages.length);
    messages.forEach((message, i) => expect(lines[i]).toMatch(message));
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/Error\b/);
  });
});
