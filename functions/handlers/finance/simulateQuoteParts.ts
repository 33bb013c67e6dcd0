import { computeQuoteParts, formatQuotePartReport, parseScenarioJson } from "../../../shared/quoteParts";
import { badRequest, unprocessable, unsupportedMediaType } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";

/**
 * POST /api/simulations — computes a scenario file (the CLI's format, PRODUCT.md §5) without storing
 * anything (finance): the §5 report; 400 when the body is not JSON, 422 with every problem by field
 * path when the engine refuses the scenario.
 */
export const simulateQuoteParts: Handler = async (request) => {
  const type = request.header("content-type");
  if (type !== undefined && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw unsupportedMediaType(`Type de contenu ${type.split(";")[0]} non accepté ici : envoyez le scénario en JSON (application/json).`);
  }
  const json = parseScenarioJson(request.body.toString("utf8"));
  if (!json.ok) throw badRequest(`Scénario illisible : ${json.problems.map((problem) => problem.message).join(" ; ")}`, json.problems);
  const result = computeQuoteParts(json.value);
  if (!result.ok) throw unprocessable(`Scénario refusé : ${result.problems.length} problème(s).`, result.problems);
  return jsonResponse(formatQuotePartReport(result.value));
};
