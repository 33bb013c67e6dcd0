import type { CostItemsDocument } from "../../shared/finance/CostItemsDocument";
import { estimateAdhesion } from "../../shared/finance/estimateAdhesion";
import type { MemberCommune } from "../communes/epciMembers";
import { unprocessable } from "../http/apiError";
import type { Services } from "../services/services";
import { listTimeline } from "../storage/events/timelineTable";
import { COST_ITEMS } from "../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../storage/finance/yearDocumentTable";
import { adhesionChanges } from "../../shared/adhesion/adhesionChanges";
import { engineRefusal } from "./engineRefusal";
import { loadFinanceMembers } from "./loadFinanceMembers";
import { loadProspectSubmission } from "./loadProspectSubmission";
import { metropoleOf } from "./metropoleOf";
import type { EstimateQuery } from "./readEstimateQuery";

/**
 * A commune's estimated quote-parts should it adhere to the sets it considers: the year's cost
 * items, the other members' latest validated data, its own figures from its draft or latest
 * submission. Its own lines and total only; 422 when the year has no cost items or the engine refuses.
 */
export async function estimateForCommune(services: Services, commune: MemberCommune, query: EstimateQuery) {
  const costItems = await readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, query.year);
  if (!costItems) throw unprocessable(`Estimation impossible : les postes de coût de ${query.year} ne sont pas encore saisis.`);
  const metropole = metropoleOf(services);
  const others = metropole.members.filter((member) => member.insee !== commune.insee);
  const [members, prospect, timeline] = await Promise.all([
    loadFinanceMembers(services, others),
    loadProspectSubmission(services, commune.insee),
    listTimeline(services.store, commune.insee),
  ]);
  if (!prospect) throw unprocessable(`Estimation impossible : ${commune.name} n'a ni brouillon ni dépôt de description organique (postes, agents, utilisateurs).`);
  const sources = { year: query.year, metropoleId: metropole.id, costItems: costItems.document, members };
  const result = estimateAdhesion(sources, { ...commune, submission: prospect.submission, changes: adhesionChanges(timeline), refs: query.refs, from: query.from });
  if (!result.ok) throw engineRefusal("Estimation impossible", result.problems);
  return { ...result.value, sets: query.refs, from: query.from, figuresFrom: prospect.source, costItemsSavedAt: costItems.record.savedAt };
}
