import { z } from "zod";
import { parseWith } from "../../../shared/validation/parseWith";

const person = z.object({ name: z.string(), age: z.number().int(), contact: z.object({ email: z.string() }) });

describe("parseWith", () => {
  test("a valid input gives its typed value", () => {
    expect(parseWith(person, { name: "Claire", age: 42, contact: { email: "c@x.fr" } })).toEqual({ ok: true, value: { name: "Claire", age: 42, contact: { email: "c@x.fr" } } });
  });

  test("a missing field reads « champ obligatoire », at any depth, its path beside it", () => {
    expect(parseWith(person, { age: 42, contact: {} })).toEqual({
      ok: false,
      problems: [
        { path: "name", message: "champ obligatoire" },
        { path: "contact.email", message: "champ obligatoire" },
      ],
    });
  });

  test("a missing object or array element is a missing field too", () => {
    const result = parseWith(z.object({ items: z.array(z.string()) }), {});
    expect(result).toEqual({ ok: false, problems: [{ path: "items", message: "champ obligatoire" }] });
  });

  test("a field of the wrong type keeps zod's French message", () => {
    expect(parseWith(person, { name: 12, age: 1.5, contact: { email: null } })).toEqual({
      ok: false,
      problems: [
        { path: "name", message: "Entrée invalide : chaîne de caractères attendu, nombre reçu" },
        { path: "age", message: "Entrée invalide : entier attendu, nombre reçu" },
        { path: "contact.email", message: "Entrée invalide : chaîne de caractères attendu, null reçu" },
      ],
    });
  });

  test("other issues keep zod's French locale", () => {
    expect(parseWith(z.object({ code: z.string().max(3) }), { code: "abcd" })).toEqual({
      ok: false,
      problems: [{ path: "code", message: "Trop grand : chaîne de caractères doit avoir <=3 caractères" }],
    });
  });

  test("no input at all keeps zod's message: there is no field to name", () => {
    expect(parseWith(person, undefined)).toEqual({ ok: false, problems: [{ path: "", message: "Entrée invalide : objet attendu, indéfini reçu" }] });
  });

  test("a schema's own message wins, a missing field included", () => {
    const schema = z.object({
      insee: z.string({ error: "code INSEE attendu" }),
      name: z.string({ error: (issue) => (issue.input === undefined ? "nom de la commune manquant" : undefined) }),
      count: z.number().max(10, "10 au plus"),
    });
    expect(parseWith(schema, { count: 11 })).toEqual({
      ok: false,
      problems: [
        { path: "insee", message: "code INSEE attendu" },
        { path: "name", message: "nom de la commune manquant" },
        { path: "count", message: "10 au plus" },
      ],
    });
  });

  test("a schema's map that gives no message for a missing field leaves it to « champ obligatoire »", () => {
    const schema = z.object({ name: z.string({ error: (issue) => (issue.input === undefined ? undefined : "texte attendu") }) });
    expect(parseWith(schema, {})).toEqual({ ok: false, problems: [{ path: "name", message: "champ obligatoire" }] });
    expect(parseWith(schema, { name: 3 })).toEqual({ ok: false, problems: [{ path: "name", message: "texte attendu" }] });
  });
});
