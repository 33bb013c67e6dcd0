import { buildQuotePartCsv } from "../../../shared/exports/buildQuotePartCsv";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { formatQuotePartReport } from "../../../shared/quoteParts";
import { toRunExportIdentity } from "../../exports/toRunExportIdentity";
import { loadRun } from "../../finance/loadRun";
import { refuseRunWithErasedData } from "../../finance/refuseRunWithErasedData";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { metropoleOf } from "../../finance/metropoleOf";
import { readExportFormat } from "../../finance/readExportFormat";
import { jsonResponse, type ApiResponse } from "../../http/apiResponse";
import { CSV_TYPE, XLSX_TYPE } from "../../http/mediaTypes";
import type { Handler } from "../../http/routeDefinition";
import { getRun } from "../../storage/finance/runTable";
import { heavyJobs } from "../../workers/heavyJobs";
import { refuseStoppedRender } from "../../workers/refuseStoppedRender";

/**
 * GET /api/years/{year}/runs/{runId}/export?format=json|csv|xlsx — a run's quote-parts to download
 * (finance): the §5 JSON report, a French CSV (`;`, BOM, decimal comma, formula-safe) or a workbook
 * (a « Totaux » sheet with each member's settlement and check rows, a sheet per cost item). CSV
 * and workbook name the run (id, cut-off, status, what it replaces or what replaced it) and show
 * a corrective run's differences per member with the run it replaces.
 */
export const exportRun: Handler = async (request, { services }): Promise<ApiResponse> => {
  const format = readExportFormat(request.query);
  const run = await loadRun(services, request);
  // An unpublished run computed before an erasure would bill the erased commune: recompute first.
  await refuseRunWithErasedData(services, run, "Export");
  const quoteParts = await loadRunQuoteParts(services, run);
  const attachment = (extension: string) => ({ "Content-Disposition": `attachment; filename="quote-parts-${run.year}-${run.status}-${run.runId}.${extension}"` });
  if (format === "json") return jsonResponse(formatQuotePartReport(quoteParts), 200, attachment("json"));
  const replacedRun = run.corrects ? await getRun(services.store, run.year, run.corrects) : undefined;
  const replaced = replacedRun && (await loadRunQuoteParts(services, replacedRun));
  const metropole = metropoleOf(services);
  const layout = buildRunExport({ quoteParts, metropoleName: metropole.name, run: toRunExportIdentity(run), ...(replaced ? { replaced } : {}) });
  if (format === "csv") return { status: 200, body: Buffer.from(buildQuotePartCsv(layout), "utf8"), headers: { "Content-Type": CSV_TYPE, ...attachment("csv") } };
  const workbook = await heavyJobs.run({ kind: "renderRunXlsx", run: layout, author: metropole.name }).catch(refuseStoppedRender);
  return { status: 200, body: Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength), headers: { "Content-Type": XLSX_TYPE, ...attachment("xlsx") } };
};
