import { parseScenarioJson } from "../../../shared/quoteParts/parseScenarioJson";

describe("parseScenarioJson", () => {
  test("reads JSON, ignoring a UTF-8 byte-order mark", () => {
    expect(parseScenarioJson('\uFEFF{"year": 2025}')).toEqual({ ok: true, value: { year: 2025 } });
  });

  test("an empty or blank text is « fichier vide »", () => {
    expect(parseScenarioJson(" \n")).toEqual({ ok: false, problems: [{ path: "", message: "fichier vide : un scénario JSON est attendu" }] });
  });

  test("invalid JSON is reported in French with its line and column", () => {
    expect(parseScenarioJson('{\n  "year": 2025\n  "members": []\n}')).toEqual({
      ok: false,
      problems: [{ path: "", message: "JSON invalide (ligne 3, colonne 3) : vérifiez les virgules, guillemets, crochets et accolades" }],
    });
    const unterminated = parseScenarioJson('{"year": ');
    expect(unterminated.ok ? "" : unterminated.problems[0]?.message).toMatch(/^JSON invalide/);
  });
});
