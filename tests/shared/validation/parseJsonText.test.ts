import { parseJsonText } from "../../../shared/validation/parseJsonText";
import { parseWith } from "../../../shared/validation/parseWith";
import { inventorySchema } from "../../../shared/inventory/inventorySchema";
import { z } from "zod";

const EMPTY = "document attendu";

describe("parseJsonText: what JSON.parse accepts but no schema can be trusted with is refused by path", () => {
  test("a UTF-8 byte-order mark (Windows editors) is ignored", () => {
    expect(parseJsonText('\uFEFF{"a": 1}', EMPTY)).toEqual({ ok: true, value: { a: 1 } });
  });

  test("a __proto__ key — which a record schema drops without a word — is refused where it is", () => {
    const text = '{"inventory": {"answers": {"__proto__": {"quantity": 3}, "reseau.totalSites": {"quantity": 2}}}}';
    expect(parseJsonText(text, EMPTY)).toEqual({ ok: false, problems: [{ path: "inventory.answers.__proto__", message: "nom de champ « __proto__ » refusé (réservé)" }] });
    // Without this, zod's record would have dropped the row silently:
    const answers = (JSON.parse(text) as { inventory: { answers: unknown } }).inventory.answers;
    expect(Object.keys(z.partialRecord(z.string(), z.unknown()).parse(answers))).toEqual(["reseau.totalSites"]);
  });

  test("a number beyond a double (1e400 reads as Infinity) is refused as too large, not « nombre attendu, nombre reçu »", () => {
    expect(parseJsonText('{"amount": 1e400, "list": [1, -1e999]}', EMPTY)).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { path: "amount", message: "nombre trop grand (au-delà de 1,8 × 10³⁰⁸)" },
        { path: "list[1]", message: "nombre trop grand (au-delà de 1,8 × 10³⁰⁸)" },
      ]),
    });
    expect(parseWith(z.object({ n: z.number() }), { n: Number.POSITIVE_INFINITY })).toEqual({ ok: false, problems: [{ path: "n", message: "nombre trop grand (au-delà de 1,8 × 10³⁰⁸)" }] });
  });

  test("empty and invalid texts say so, with the line and column", () => {
    expect(parseJsonText("  ", EMPTY)).toEqual({ ok: false, problems: [{ path: "", message: EMPTY }] });
    expect(parseJsonText('{\n  "a": 1,\n}', EMPTY)).toEqual({ ok: false, problems: [{ path: "", message: expect.stringMatching(/^JSON invalide \(ligne 3, colonne 1\)/) }] });
  });

  test("deep nesting does not overflow (the walk is iterative)", () => {
    const depth = 100_000;
    const deep = `${"[".repeat(depth)}1e999${"]".repeat(depth)}`;
    const parsed = parseJsonText(deep, EMPTY);
    expect(parsed.ok).toBe(false);
    const path = parsed.ok ? "" : parsed.problems[0]!.path;
    expect([path.length, path.startsWith("[0][0]")]).toEqual(["[0]".length * depth, true]);
  });

  test("the inventory schema sees every other unknown row, as before", () => {
    expect(parseWith(inventorySchema.shape.answers, { "pas.une.ligne": { quantity: 1 } })).toMatchObject({ ok: false });
  });
});
