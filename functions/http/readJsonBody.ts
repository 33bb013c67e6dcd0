import { describeProblem } from "../../shared/validation/problem";
import { parseJsonText } from "../../shared/validation/parseJsonText";
import { badRequest, unsupportedMediaType } from "./apiError";
import type { ApiRequest } from "./apiRequest";

/**
 * Parses a JSON body (415 when another media type is declared, 400 when it is not JSON, or holds
 * what no schema may be trusted with: a `__proto__` key, a number too large). A UTF-8 byte-order
 * mark is ignored. Like every refusal of a document, the 400s name where: the field's path, or the
 * root `""` with the line and column where parsing stopped.
 */
export function readJsonBody(request: ApiRequest): unknown {
  const type = request.header("content-type");
  if (type !== undefined && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw unsupportedMediaType(`Type de contenu ${type.split(";")[0]} non accepté ici : envoyez du JSON (application/json).`);
  }
  if (request.body.length === 0) throw badRequest("Corps de requête vide : un document JSON est attendu.", [{ path: "", message: "document JSON attendu" }]);
  const parsed = parseJsonText(request.body.toString("utf8"), "document JSON attendu");
  if (parsed.ok) return parsed.value;
  const unreadable = parsed.problems.every((problem) => problem.path === "");
  throw badRequest(unreadable ? "Corps de requête illisible : JSON invalide." : `Document refusé : ${parsed.problems.map(describeProblem).join(" ; ")}.`, parsed.problems);
}
