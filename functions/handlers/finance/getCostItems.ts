import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import { costItemsView } from "../../finance/costItemsView";
import { metropoleOf } from "../../finance/metropoleOf";
import { readYear } from "../../finance/readYear";
import { notFound } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { COST_ITEMS } from "../../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../../storage/finance/yearDocumentTable";

/** GET /api/years/{year}/cost-items — the year's cost items, with the ETag to replace them (finance, staff). */
export const getCostItems: Handler = async (request, { services }) => {
  const year = readYear(request);
  const found = await readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, year);
  if (!found) throw notFound(`Aucun poste de coût saisi pour ${year}.`);
  return jsonResponse(costItemsView(metropoleOf(services), found.record, found.document), 200, found.record.etag ? { ETag: found.record.etag } : {});
};
