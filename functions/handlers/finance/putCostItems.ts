import { actorOf } from "../../auth/principal";
import { costItemsView } from "../../finance/costItemsView";
import { metropoleOf } from "../../finance/metropoleOf";
import { readCostItemsBody } from "../../finance/readCostItemsBody";
import { readYear } from "../../finance/readYear";
import { preconditionFailed } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { saveCostItems } from "../../storage/finance/costItemsTable";

/**
 * PUT /api/years/{year}/cost-items — replaces the year's cost items as a whole (finance). With
 * `If-Match`, only if nobody saved them since that version (412 otherwise). Runs already computed
 * keep their own frozen copy. The save and its audit entry are one transaction.
 */
export const putCostItems: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const document = readCostItemsBody(services, request);
  const ifMatch = request.header("if-match");
  const savedAt = services.now().toISOString();
  const actor = actorOf(principal!);
  const saved = await saveCostItems(
    services.store,
    { year, document, savedBy: actor, savedAt },
    (record, previous) => ({
      at: savedAt,
      actor,
      action: "costitems.save",
      target: `costitems:${year}`,
      details: { sha256: record.document.sha256, ...(previous ? { previousSha256: previous.document.sha256 } : {}), items: document.items.map((item) => item.id) },
    }),
    ifMatch,
  );
  if (!saved) throw preconditionFailed(`Les postes de coût de ${year} ont changé depuis votre lecture (ou n'existent pas encore) : rechargez-les.`);
  return jsonResponse(costItemsView(metropoleOf(services), saved.record, document), saved.previous ? 200 : 201, saved.record.etag ? { ETag: saved.record.etag } : {});
};
