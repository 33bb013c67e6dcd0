import { badRequest, unsupportedMediaType } from "./apiError";
import type { ApiRequest } from "./apiRequest";

/** Parses a JSON body (415 when another media type is declared, 400 when it is not JSON). */
export function readJsonBody(request: ApiRequest): unknown {
  const type = request.header("content-type");
  if (type !== undefined && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw unsupportedMediaType(`Type de contenu ${type.split(";")[0]} non accepté ici : envoyez du JSON (application/json).`);
  }
  if (request.body.length === 0) throw badRequest("Corps de requête vide : un document JSON est attendu.");
  try {
    return JSON.parse(request.body.toString("utf8"));
  } catch {
    throw badRequest("Corps de requête illisible : JSON invalide.");
  }
}
