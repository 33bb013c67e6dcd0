import { actorOf } from "../../auth/principal";
import { costItemsView } from "../../finance/costItemsView";
import { metropoleOf } from "../../finance/metropoleOf";
import { readCostItemsBody } from "../../finance/readCostItemsBody";
import { readYear } from "../../finance/readYear";
import { preconditionFailed } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { appendAudit } from "../../storage/audit/appendAudit";
import { readCostItemsRecord, saveCostItems } from "../../storage/finance/costItemsTable";

/**
 * PUT /api/years/{year}/cost-items — replaces the year's cost items as a whole (finance). With
 * `If-Match`, only if nobody saved them since that version (412 otherwise). Runs already computed
 * keep their own frozen copy.
 */
export const putCostItems: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const document = readCostItemsBody(services, request);
  const ifMatch = request.header("if-match");
  const previous = await readCostItemsRecord(services.store, year);
  const savedAt = services.now().toISOString();
  const actor = actorOf(principal!);
  const saved = await saveCostItems(services.store, { year, document, savedBy: actor, savedAt }, ifMatch);
  if (!saved) throw preconditionFailed(`Les postes de coût de ${year} ont changé depuis votre lecture (ou n'existent pas encore) : rechargez-les.`);
  await appendAudit(services.store, {
    chain: "metropole",
    at: savedAt,
    actor,
    action: "costitems.save",
    target: `costitems:${year}`,
    details: { sha256: saved.document.sha256, ...(previous ? { previousSha256: previous.document.sha256 } : {}), items: document.items.map((item) => item.id) },
  });
  return jsonResponse(costItemsView(metropoleOf(services), saved, document), previous ? 200 : 201, saved.etag ? { ETag: saved.etag } : {});
};
