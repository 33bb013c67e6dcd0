import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import { costItemsView } from "../../finance/costItemsView";
import { metropoleOf } from "../../finance/metropoleOf";
import { putYearDocument } from "../../finance/putYearDocument";
import { readCostItemsBody } from "../../finance/readCostItemsBody";
import { readYear } from "../../finance/readYear";
import type { Handler } from "../../http/routeDefinition";
import { COST_ITEMS } from "../../storage/finance/yearDocumentKinds";

/**
 * PUT /api/years/{year}/cost-items — enters or replaces the year's cost items as a whole (finance;
 * If-Match to replace, frozen once the year is published unless a correction is open). Runs already
 * computed keep their own frozen copy; every version saved stays readable.
 */
export const putCostItems: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const document = readCostItemsBody(services, request);
  return putYearDocument<CostItemsDocument>(services, principal!, request, year, document, {
    kind: COST_ITEMS,
    title: `Les postes de coût de ${year}`,
    frozen: "ses postes de coût",
    action: "costitems.save",
    summary: (items) => items.items.map((item) => ({ id: item.id, label: item.label, amount: item.amount })),
    view: (record, items) => costItemsView(metropoleOf(services), record, items),
  });
};
