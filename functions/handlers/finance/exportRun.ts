import { buildQuotePartCsv } from "../../../shared/exports/buildQuotePartCsv";
import { buildRunExport } from "../../../shared/exports/buildRunExport";
import { formatQuotePartReport } from "../../../shared/quoteParts";
import { loadRun } from "../../finance/loadRun";
import { refuseRunWithErasedData } from "../../finance/refuseRunWithErasedData";
import { loadRunQuoteParts } from "../../finance/loadRunQuoteParts";
import { metropoleOf } from "../../finance/metropoleOf";
import { readExportFormat } from "../../finance/readExportFormat";
import { jsonResponse, type ApiResponse } from "../../http/apiResponse";
import { CSV_TYPE, XLSX_TYPE } from "../../http/mediaTypes";
import type { Handler } from "../../http/routeDefinition";
import { heavyJobs } from "../../workers/heavyJobs";
import { refuseStoppedRender } from "../../workers/refuseStoppedRender";

/**
 * GET /api/years/{year}/runs/{runId}/export?format=json|csv|xlsx — a run's quote-parts to download
 * (finance): the §5 JSON report, a French CSV (`;`, BOM, decimal comma, formula-safe) or a workbook
 * with a sheet per cost item and a « Totaux » sheet with check rows.
 */
export const exportRun: Handler = async (request, { services }): Promise<ApiResponse> => {
  const format = readExportFormat(request.query);
  const run = await loadRun(services, request);
  // An unpublished run computed before an erasure would bill the erased commune: recompute first.
  await refuseRunWithErasedData(services, run, "Export");
  const quoteParts = await loadRunQuoteParts(services, run);
  const attachment = (extension: string) => ({ "Content-Disposition": `attachment; filename="quote-parts-${run.year}-${run.status}-${run.runId}.${extension}"` });
  if (format === "json") return jsonResponse(formatQuotePartReport(quoteParts), 200, attachment("json"));
  const metropole = metropoleOf(services);
  const layout = buildRunExport(quoteParts, metropole.name);
  if (format === "csv") return { status: 200, body: Buffer.from(buildQuotePartCsv(layout), "utf8"), headers: { "Content-Type": CSV_TYPE, ...attachment("csv") } };
  const workbook = await heavyJobs.run({ kind: "renderRunXlsx", run: layout, author: metropole.name }).catch(refuseStoppedRender);
  return { status: 200, body: Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength), headers: { "Content-Type": XLSX_TYPE, ...attachment("xlsx") } };
};
