import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import { buildScenario } from "../../../shared/finance/buildScenario";
import { runRequestSchema } from "../../../shared/finance/runRequestSchema";
import { computeQuoteParts, formatQuotePartReport } from "../../../shared/quoteParts";
import { actorOf } from "../../auth/principal";
import { engineRefusal } from "../../finance/engineRefusal";
import { loadFinanceMembers } from "../../finance/loadFinanceMembers";
import { metropoleOf } from "../../finance/metropoleOf";
import { readYear } from "../../finance/readYear";
import { runSummary } from "../../finance/runSummary";
import { badRequest, unprocessable } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { withIdempotency } from "../../http/withIdempotency";
import { implausibleDateReason } from "../../../shared/calendar/plausibleDates";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { COST_ITEMS } from "../../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../../storage/finance/yearDocumentTable";
import { toStoredQuoteParts } from "../../storage/finance/quotePartsConverters";
import { recordRun } from "../../storage/finance/runTable";
import { createGate } from "../../storage/createGate";

/** Runs reading every member's data at once in this process: more wait their turn (a burst of runs must not flood storage). */
const RUN_LOADS = createGate(2);

/**
 * POST /api/years/{year}/runs `{ cutoff }` — computes the year's quote-parts from the data known on
 * the cutoff day (finance): the year's cost items, each member's latest version validated by then
 * and its adhesion events recorded by then. The scenario is serialised first and the engine fed
 * that very text, which is frozen with the result under the run's own id, the run's row and its
 * audit entry written in one transaction. 422 when the year has
 * no cost items or the engine refuses (zero total weight, missing figure…). Idempotency-Key honoured.
 */
export const computeRun: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  return withIdempotency(services, request, `runs-${year}`, async () => {
    const { cutoff } = parseInput(runRequestSchema, readJsonBody(request), "Demande de calcul");
    const now = services.now();
    if (cutoff > todayInParis(now)) throw badRequest("Date d'arrêté dans le futur : les données de ce jour ne sont pas encore connues.", [{ path: "cutoff", message: "date passée ou du jour attendue" }]);
    const implausible = implausibleDateReason(cutoff, todayInParis(now));
    if (implausible) throw badRequest(`Date d'arrêté invalide (champ cutoff) : ${implausible}.`, [{ path: "cutoff", message: implausible }]);
    const costItems = await readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, year);
    if (!costItems) throw unprocessable(`Calcul impossible : aucun poste de coût saisi pour ${year}. Saisissez d'abord les postes de coût de l'année.`);
    const metropole = metropoleOf(services);
    const members = await RUN_LOADS.run(() => loadFinanceMembers(services, metropole.members, cutoff));
    const snapshot = JSON.stringify(buildScenario({ year, metropoleId: metropole.id, costItems: costItems.document, members }), null, 2);
    const result = computeQuoteParts(JSON.parse(snapshot));
    // The snapshot's `costItems` are the year's cost items in their order: named as finance entered them (`items[n]`).
    if (!result.ok) throw engineRefusal(`Calcul impossible pour ${year}`, result.problems.map((problem) => ({ ...problem, path: problem.path.replace(/^costItems(?=\[)/, "items") })));
    const actor = actorOf(principal!);
    const createdAt = now.toISOString();
    const newRun = { year, cutoff, createdAt, createdBy: actor, costItemsSha256: costItems.record.document.sha256, snapshot, result: toStoredQuoteParts(result.value) };
    const run = await recordRun(services.store, newRun, (recorded) => ({
      at: createdAt,
      actor,
      action: "run.compute",
      target: `run:${year}:${recorded.runId}`,
      to: recorded.status,
      details: { cutoff, costItemsSha256: recorded.costItemsSha256, snapshotSha256: recorded.snapshot.sha256, resultSha256: recorded.result.sha256 },
    }));
    const headers = { Location: `/api/years/${year}/runs/${run.runId}`, ...(run.etag ? { ETag: run.etag } : {}) };
    return jsonResponse({ ...runSummary(run), report: formatQuotePartReport(result.value) }, 201, headers);
  });
};
