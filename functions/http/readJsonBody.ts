import { badRequest, unsupportedMediaType } from "./apiError";
import type { ApiRequest } from "./apiRequest";

/** Where JSON.parse stopped, as French " (ligne L, colonne C)" when its (English, never shown) message says. */
function whereParsingStopped(error: unknown, text: string): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : "");
  if (!position) return "";
  const before = text.slice(0, Number(position[1])).split("\n");
  return ` (ligne ${before.length}, colonne ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * Parses a JSON body (415 when another media type is declared, 400 when it is not JSON). Like every
 * refusal of a document, the 400s name where: the root path `""` (the whole document), with the line
 * and column where parsing stopped when known.
 */
export function readJsonBody(request: ApiRequest): unknown {
  const type = request.header("content-type");
  if (type !== undefined && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw unsupportedMediaType(`Type de contenu ${type.split(";")[0]} non accepté ici : envoyez du JSON (application/json).`);
  }
  if (request.body.length === 0) throw badRequest("Corps de requête vide : un document JSON est attendu.", [{ path: "", message: "document JSON attendu" }]);
  const text = request.body.toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = whereParsingStopped(error, text);
    throw badRequest("Corps de requête illisible : JSON invalide.", [{ path: "", message: `JSON invalide${where} : vérifiez les virgules, guillemets, crochets et accolades` }]);
  }
}
