import { adhesionChanges } from "../../shared/adhesion/adhesionChanges";
import type { CostItemsDocument } from "../../shared/finance/CostItemsDocument";
import type { PublishedQuotePart } from "../../shared/finance/estimate/compareWithPublished";
import { estimateAdhesion } from "../../shared/finance/estimateAdhesion";
import type { MemberCommune } from "../communes/epciMembers";
import { unprocessable } from "../http/apiError";
import type { Services } from "../services/services";
import { listTimeline } from "../storage/events/timelineTable";
import { COST_ITEMS } from "../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../storage/finance/yearDocumentTable";
import { engineRefusal } from "./engineRefusal";
import { loadFinanceMembers } from "./loadFinanceMembers";
import { loadProspectSubmission } from "./loadProspectSubmission";
import { metropoleOf } from "./metropoleOf";
import type { EstimateQuery } from "./readEstimateQuery";

/** The cost items an estimate of `year` is priced with: the year's, or the year before's when it has none yet. */
async function readEstimateCostItems(services: Services, year: number) {
  const own = await readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, year);
  if (own) return { year, ...own };
  const previous = await readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, year - 1);
  if (previous) return { year: year - 1, ...previous };
  throw unprocessable(`Estimation impossible : les postes de coût de ${year} ne sont pas encore saisis, ni ceux de ${year - 1}.`);
}

/**
 * A commune's estimated quote-parts should it adhere to the sets it considers: the year's cost
 * items (last year's when it has none), the other members' latest validated data, its own figures
 * from its draft or latest submission, compared with `published` (its latest published
 * quote-part). 422 when no cost items can price it, the commune has no figures at all, or the
 * engine refuses what no adaptation mends.
 */
export async function estimateForCommune(services: Services, commune: MemberCommune, query: EstimateQuery, published?: PublishedQuotePart) {
  const costItems = await readEstimateCostItems(services, query.year);
  const metropole = metropoleOf(services);
  const others = metropole.members.filter((member) => member.insee !== commune.insee);
  const [members, prospect, timeline] = await Promise.all([
    loadFinanceMembers(services, others),
    loadProspectSubmission(services, commune.insee),
    listTimeline(services.store, commune.insee),
  ]);
  if (!prospect) throw unprocessable(`Estimation impossible : ${commune.name} n'a ni brouillon ni dépôt de description organique (postes, agents, utilisateurs).`);
  const sources = { year: query.year, costItemsYear: costItems.year, metropoleId: metropole.id, costItems: costItems.document, members, ...(published ? { published } : {}) };
  const result = estimateAdhesion(sources, {
    ...commune,
    submission: prospect.submission,
    figuresFrom: prospect.source,
    changes: adhesionChanges(timeline),
    refs: query.refs,
    from: query.from,
    mode: query.mode,
  });
  if (!result.ok) throw engineRefusal("Estimation impossible", result.problems);
  return { ...result.value, figuresFrom: prospect.source, costItemsSavedAt: costItems.record.savedAt };
}
