import { actorOf } from "../../auth/principal";
import { costItemsView } from "../../finance/costItemsView";
import { metropoleOf } from "../../finance/metropoleOf";
import { readCostItemsBody } from "../../finance/readCostItemsBody";
import { readYear } from "../../finance/readYear";
import { preconditionFailed, preconditionRequired } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { COST_ITEMS } from "../../storage/finance/yearDocumentKinds";
import { saveYearDocument } from "../../storage/finance/yearDocumentTable";

/**
 * PUT /api/years/{year}/cost-items — enters or replaces the year's cost items as a whole (finance).
 * The first save needs no `If-Match`; replacing needs the version read (428 without, 412 when
 * someone saved since), so that two people editing the same year never silently overwrite each
 * other. Runs already computed keep their own frozen copy. The save and its audit entry are one
 * transaction.
 */
export const putCostItems: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  const document = readCostItemsBody(services, request);
  // An empty If-Match is no version at all (storage would take it as "no condition").
  const ifMatch = request.header("if-match") || undefined;
  const savedAt = services.now().toISOString();
  const actor = actorOf(principal!);
  const saved = await saveYearDocument(
    services.store,
    COST_ITEMS,
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
  if (saved === "changed") throw preconditionFailed(`Les postes de coût de ${year} ont changé depuis votre lecture (ou n'existent pas encore) : rechargez-les.`);
  if (saved === "exists") {
    throw preconditionRequired(`Les postes de coût de ${year} existent déjà : relisez-les, puis renvoyez leur version (en-tête If-Match) pour les remplacer.`);
  }
  return jsonResponse(costItemsView(metropoleOf(services), saved.record, document), saved.previous ? 200 : 201, saved.record.etag ? { ETag: saved.record.etag } : {});
};
