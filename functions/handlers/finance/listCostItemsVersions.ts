import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import { readYear } from "../../finance/readYear";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { getJsonDocument } from "../../storage/getDocument";
import { mapInBatches } from "../../storage/mapInBatches";
import { COST_ITEMS } from "../../storage/finance/yearDocumentKinds";
import { listYearDocumentVersions } from "../../storage/finance/yearDocumentTable";

/** GET /api/years/{year}/cost-items/versions — every version of a year's cost items ever saved, oldest first, each readable (finance, staff). */
export const listCostItemsVersions: Handler = async (request, { services }) => {
  const year = readYear(request);
  const records = await listYearDocumentVersions(services.store, COST_ITEMS, year);
  const versions = await mapInBatches(records, async (record) => {
    const document = await getJsonDocument<CostItemsDocument>(services.store, record.document);
    return { savedAt: record.savedAt, savedBy: record.savedBy, sha256: record.document.sha256, rounding: document.rounding, prorata: document.prorata, metropole: document.metropole, items: document.items };
  });
  return jsonResponse({ year, versions, count: versions.length });
};
