import { implausibleDateReason } from "../../../shared/calendar/plausibleDates";
import { todayInParis } from "../../../shared/calendar/todayInParis";
import { buildScenario } from "../../../shared/finance/buildScenario";
import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import type { FinanceConfigDocument } from "../../../shared/finance/FinanceConfigDocument";
import { runRequestSchema } from "../../../shared/finance/runRequestSchema";
import { runWarnings } from "../../../shared/finance/runWarnings";
import { computeQuoteParts, formatQuotePartReport } from "../../../shared/quoteParts";
import { actorOf } from "../../auth/principal";
import { engineRefusal } from "../../finance/engineRefusal";
import { loadRunInputs } from "../../finance/loadRunInputs";
import { metropoleOf } from "../../finance/metropoleOf";
import { readYear } from "../../finance/readYear";
import { runSummary } from "../../finance/runSummary";
import { badRequest, unprocessable } from "../../http/apiError";
import { jsonResponse } from "../../http/apiResponse";
import { parseInput } from "../../http/parseInput";
import { readJsonBody } from "../../http/readJsonBody";
import type { Handler } from "../../http/routeDefinition";
import { withIdempotency } from "../../http/withIdempotency";
import { createGate } from "../../storage/createGate";
import { readOpenCorrection } from "../../storage/finance/correctionTable";
import { toStoredQuoteParts } from "../../storage/finance/quotePartsConverters";
import { recordRun } from "../../storage/finance/runTable";
import { COST_ITEMS, FINANCE_CONFIG } from "../../storage/finance/yearDocumentKinds";
import { readYearDocument } from "../../storage/finance/yearDocumentTable";

/** Runs reading every member's data at once in this process: more wait their turn (a burst of runs must not flood storage). */
const RUN_LOADS = createGate(2);

/**
 * POST /api/years/{year}/runs `{ cutoff, fullYear? }` — computes the year's quote-parts from the data
 * known on the cutoff day (finance): the year's cost items and finance configuration, each member's
 * latest version validated by then and its adhesion events recorded by then (« en année pleine »:
 * each adhesion held that day counted for 12 months). The run says what it did — items no commune
 * shares, members left out, régularisations it does not carry — and, while a correction of the
 * published year is open, is a corrective run. The scenario is serialised first and the engine fed
 * that very text, frozen with the result under the run's own id, the run's row and its audit entry
 * written in one transaction. 422 when the year has no cost items or the engine refuses.
 * Idempotency-Key honoured.
 */
export const computeRun: Handler = async (request, { services, principal }) => {
  const year = readYear(request);
  return withIdempotency(services, request, `runs-${year}`, async () => {
    const { cutoff, fullYear = false } = parseInput(runRequestSchema, readJsonBody(request), "Demande de calcul");
    const now = services.now();
    const today = todayInParis(now);
    if (cutoff > today) throw badRequest("Date d'arrêté dans le futur : les données de ce jour ne sont pas encore connues.", [{ path: "cutoff", message: "date passée ou du jour attendue" }]);
    const implausible = implausibleDateReason(cutoff, today);
    if (implausible) throw badRequest(`Date d'arrêté invalide (champ cutoff) : ${implausible}.`, [{ path: "cutoff", message: implausible }]);
    const [costItems, config, correction] = await Promise.all([
      readYearDocument<CostItemsDocument>(services.store, COST_ITEMS, year),
      readYearDocument<FinanceConfigDocument>(services.store, FINANCE_CONFIG, year),
      readOpenCorrection(services.store, year),
    ]);
    if (!costItems) throw unprocessable(`Calcul impossible : aucun poste de coût saisi pour ${year}. Saisissez d'abord les postes de coût de l'année.`);
    const metropole = metropoleOf(services);
    const inputs = await RUN_LOADS.run(() => loadRunInputs(services, year, cutoff, fullYear));
    const scenario = buildScenario({ year, metropoleId: metropole.id, costItems: costItems.document, members: inputs.members, ...(config ? { settlement: config.document } : {}) });
    const snapshot = JSON.stringify(scenario, null, 2);
    const result = computeQuoteParts(JSON.parse(snapshot));
    // The snapshot's `costItems` are the year's cost items in their order: named as finance entered them (`items[n]`).
    if (!result.ok) throw engineRefusal(`Calcul impossible pour ${year}`, result.problems.map((problem) => ({ ...problem, path: problem.path.replace(/^costItems(?=\[)/, "items") })));
    const warnings = runWarnings({ quoteParts: result.value, cutoff, leftOut: inputs.leftOut, pendingRegularisations: inputs.pendingRegularisations });
    const actor = actorOf(principal!);
    const createdAt = now.toISOString();
    const report = formatQuotePartReport(result.value);
    const corrective = correction && !fullYear ? { corrects: correction.replaces, correctionReason: correction.reason } : {};
    const newRun = { year, cutoff, fullYear, createdAt, createdBy: actor, costItemsSha256: costItems.record.document.sha256, warnings, ...corrective, snapshot, result: toStoredQuoteParts(result.value) };
    const run = await recordRun(services.store, newRun, (recorded) => ({
      at: createdAt,
      actor,
      action: "run.compute",
      target: `run:${year}:${recorded.runId}`,
      to: recorded.status,
      details: {
        cutoff,
        ...(fullYear ? { fullYear } : {}),
        ...corrective,
        costItemsSha256: recorded.costItemsSha256,
        ...(config ? { financeConfigSha256: config.record.document.sha256 } : {}),
        snapshotSha256: recorded.snapshot.sha256,
        resultSha256: recorded.result.sha256,
        summary: report.summary,
        warnings: warnings.length,
      },
    }));
    const headers = { Location: `/api/years/${year}/runs/${run.runId}`, ...(run.etag ? { ETag: run.etag } : {}) };
    return jsonResponse({ ...runSummary(run), report }, 201, headers);
  });
};
