import { buildDeliberationCsv } from "../../../shared/exports/buildDeliberationCsv";
import { buildDeliberationTable } from "../../../shared/exports/buildDeliberationTable";
import type { DeliberationRun } from "../../../shared/exports/DeliberationTable";
import { hasRole } from "../../auth/principal";
import { loadDeliberationRuns } from "../../finance/loadDeliberationRuns";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { metropoleOf } from "../../finance/metropoleOf";
import { readExportFormat } from "../../finance/readExportFormat";
import { readYear } from "../../finance/readYear";
import { refuseRunWithErasedData } from "../../finance/refuseRunWithErasedData";
import { forbidden } from "../../http/apiError";
import { jsonResponse, type ApiResponse } from "../../http/apiResponse";
import { CSV_TYPE, XLSX_TYPE } from "../../http/mediaTypes";
import type { Handler } from "../../http/routeDefinition";
import { RUN_STATUS_LABELS, type RunRecord } from "../../storage/finance/RunRecord";
import { heavyJobs } from "../../workers/heavyJobs";
import { refuseStoppedRender } from "../../workers/refuseStoppedRender";

const deliberationRun = (run: RunRecord): DeliberationRun => ({ runId: run.runId, cutoff: run.cutoff, status: run.status, statusLabel: RUN_STATUS_LABELS[run.status], fullYear: run.fullYear });

/**
 * GET /api/years/{year}/deliberation?run=…&fullYearRun=…&format=json|csv|xlsx — the council's table
 * (« tableau de la délibération ») from a year's run and its run « en année pleine »: per member,
 * participation and AC adjustment for « Année N » and « Années N+1 et suivantes », the Métropole's
 * line, the totals. JSON for finance and staff; CSV and the workbook (one page wide) for finance.
 */
export const getDeliberation: Handler = async (request, { services, principal }): Promise<ApiResponse> => {
  const format = readExportFormat(request.query);
  if (format !== "json" && !(principal && hasRole(principal, "finance"))) {
    throw forbidden("Téléchargement du tableau de la délibération (CSV, XLSX) réservé aux finances ; le tableau reste lisible en JSON.");
  }
  const year = readYear(request);
  const { run, fullYearRun } = await loadDeliberationRuns(services, year, request.query);
  // A run still carrying an erased commune's data would show it to the council: recompute first.
  await refuseRunWithErasedData(services, run, "Tableau de la délibération");
  await refuseRunWithErasedData(services, fullYearRun, "Tableau de la délibération");
  const [first, following] = await Promise.all([loadRunQuoteParts(services, run), loadRunQuoteParts(services, fullYearRun)]);
  const epci = metropoleOf(services);
  const table = buildDeliberationTable({
    epci: { id: epci.id, name: epci.name },
    year: { run: deliberationRun(run), quoteParts: first },
    followingYears: { run: deliberationRun(fullYearRun), quoteParts: following },
  });
  const attachment = (extension: string) => ({ "Content-Disposition": `attachment; filename="deliberation-${year}-${run.runId}-${fullYearRun.runId}.${extension}"` });
  if (format === "json") return jsonResponse(table, 200, attachment("json"));
  if (format === "csv") return { status: 200, body: Buffer.from(buildDeliberationCsv(table), "utf8"), headers: { "Content-Type": CSV_TYPE, ...attachment("csv") } };
  const workbook = await heavyJobs.run({ kind: "renderDeliberationXlsx", table, author: epci.name }).catch(refuseStoppedRender);
  return { status: 200, body: Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength), headers: { "Content-Type": XLSX_TYPE, ...attachment("xlsx") } };
};
