import type { CostItemsDocument } from "../../shared/finance/CostItemsDocument";
import { validateCostItems } from "../../shared/finance/validateCostItems";
import { badRequest } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";
import { readJsonBody } from "../http/readJsonBody";
import type { Services } from "../services/services";
import { metropoleOf } from "./metropoleOf";

/** The cost-items document of a request body, checked and canonical (400 listing every problem by field path otherwise). */
export function readCostItemsBody(services: Services, request: ApiRequest): CostItemsDocument {
  const metropole = metropoleOf(services);
  const result = validateCostItems(readJsonBody(request), { metropoleId: metropole.id, communeIds: metropole.members.map((member) => member.insee) });
  if (!result.ok) throw badRequest(`Postes de coût invalides : ${result.problems.length} problème(s).`, result.problems);
  return result.value;
}
