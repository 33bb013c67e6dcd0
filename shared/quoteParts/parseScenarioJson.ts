import type { Result } from "../validation/problem";

/**
 * Reads the text of a scenario file as JSON (a leading UTF-8 byte-order mark is ignored), or says
 * in French why it cannot: empty text, or invalid JSON with the line and column when known.
 */
export function parseScenarioJson(text: string): Result<unknown> {
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (json.trim() === "") return { ok: false, problems: [{ path: "", message: "fichier vide : un scénario JSON est attendu" }] };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const before = position ? json.slice(0, Number(position[1])).split("\n") : undefined;
    const where = before ? ` (ligne ${before.length}, colonne ${(before.at(-1)?.length ?? 0) + 1})` : "";
    return { ok: false, problems: [{ path: "", message: `JSON invalide${where} : vérifiez les virgules, guillemets, crochets et accolades` }] };
  }
}
