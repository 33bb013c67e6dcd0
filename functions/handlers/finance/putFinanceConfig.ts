import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import type { FinanceConfigDocument } from "../../../shared/finance/FinanceConfigDocument";
import { validateFinanceConfig } from "../../../shared/finance/validateFinanceConfig";
import { financeConfigView } from "../../finance/financeConfigView";
import { metropoleOf } from "../../finance/metropoleOf";
import { putYearDocument } from "../../finance/putYearDocument";
import { readYear } from "../../finance/readYear";
import { badRequest } from "../../http/apiError";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { COST_ITEMS, FINANCE_CONFIG } from "../../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../../storage/finance/yearDocumentTable";

/**
 * PUT /api/years/{year}/finance-config — how each member settles that year (finance): the part of
 * its participation its AC already carries, the cost items it pays by direct invoice, whether it is
 * shown with its CCAS. Saved as a whole like the cost items (If-Match to replace, frozen once the
 * year is published unless a correction is open); 400 naming each field otherwise.
 */
export const putFinanceConfig: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const metropole = metropoleOf(services);
  const costItems = await readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, year);
  const result = validateFinanceConfig(readJsonBody(request), {
    communes: new Map(metropole.members.map((member) => [member.insee, member.name] as const)),
    costItemIds: costItems?.document.items.map((item) => item.id),
  });
  if (!result.ok) throw badRequest(`Configuration financière invalide : ${result.problems.length} problème(s).`, result.problems);
  return putYearDocument<FinanceConfigDocument>(services, principal!, request, year, result.value, {
    kind: FINANCE_CONFIG,
    title: `La configuration financière de ${year}`,
    frozen: "ses postes de coût et sa configuration financière",
    action: "financeconfig.save",
    summary: (config) => config.members,
    view: (record, config) => financeConfigView(metropole.members, record, config),
  });
};
