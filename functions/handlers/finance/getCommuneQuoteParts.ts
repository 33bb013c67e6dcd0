import { selectCommuneQuoteParts } from "../../../shared/finance/selectCommuneQuoteParts";
import { communeAccess } from "../../communes/communeAccess";
import { estimateForCommune } from "../../finance/estimateForCommune";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { readEstimateQuery } from "../../finance/readEstimateQuery";
import { jsonResponse } from "../../http/apiResponse";
import type { Handler } from "../../http/routeDefinition";
import { listPublishedRuns } from "../../storage/finance/runTable";

/**
 * GET /api/communes/{insee}/quote-parts[?sets=B,C:3&from=YYYY-MM-DD&year=YYYY&mode=ajouter|remplacer] —
 * a commune's lines and totals in each year's published run and, when asked, the estimate of a
 * prospective adhesion compared with its latest published year (commune: its own only; staff, finance).
 */
export const getCommuneQuoteParts: Handler = async (request, { services, principal }) => {
  const commune = communeAccess(services, principal, request.params.insee);
  const query = readEstimateQuery(request.query);
  const runs = await listPublishedRuns(services.store);
  const published = await Promise.all(
    runs.map(async (run) => ({
      runId: run.runId,
      cutoff: run.cutoff,
      publishedAt: run.publishedAt,
      ...selectCommuneQuoteParts(await loadRunQuoteParts(services, run), commune.insee),
    })),
  );
  const latest = published.at(-1);
  const estimate = query ? await estimateForCommune(services, commune, query, latest && { year: latest.year, runId: latest.runId, amount: latest.total.amount }) : undefined;
  return jsonResponse({ insee: commune.insee, name: commune.name, published, ...(estimate ? { estimate } : {}) });
};
