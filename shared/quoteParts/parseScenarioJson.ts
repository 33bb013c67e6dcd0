import { parseJsonText } from "../validation/parseJsonText";
import type { Result } from "../validation/problem";

/**
 * Reads the text of a scenario file as JSON (a leading UTF-8 byte-order mark is ignored), or says
 * in French why it cannot: empty text, invalid JSON with the line and column when known, a
 * `__proto__` key or a number too large, by path.
 */
export function parseScenarioJson(text: string): Result<unknown> {
  return parseJsonText(text, "fichier vide : un scénario JSON est attendu");
}
