import type { FinanceConfigDocument } from "../../../shared/finance/FinanceConfigDocument";
import { financeConfigView } from "../../finance/financeConfigView";
import { metropoleOf } from "../../finance/metropoleOf";
import { readYear } from "../../finance/readYear";
import { notFound } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { FINANCE_CONFIG } from "../../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../../storage/finance/yearDocumentTable";

/** GET /api/years/{year}/finance-config — how each member settles its quote-parts that year, with the ETag to replace it (finance, staff). */
export const getFinanceConfig: Handler = async (request, { services }) => {
  const year = readYear(request);
  const found = await readYearDocument<FinanceConfigDocument>(services.store, FINANCE_CONFIG, year);
  if (!found) throw notFound(`Aucune configuration financière saisie pour ${year} : chaque commune règle sa quote-part par son attribution de compensation.`);
  return jsonResponse(financeConfigView(metropoleOf(services).members, found.record, found.document), 200, found.record.etag ? { ETag: found.record.etag } : {});
};
