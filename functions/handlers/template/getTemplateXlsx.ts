import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { templateFileName } from "../../../shared/layout/templateFileName";
import type { ApiResponse } from "../../http/apiResponse";
import { readBlockCounts } from "../../http/readBlockCounts";
import type { Handler } from "../../http/routeDefinition";
import { XLSX_TYPE } from "../../http/mediaTypes";
import { heavyJobs } from "../../workers/heavyJobs";
import { refuseStoppedRender } from "../../workers/refuseStoppedRender";

/** GET /api/template.xlsx — the blank template workbook rendered with ExcelJS from the shared layout, in the heavy job pool; its file name carries the configuration counts. */
export const getTemplateXlsx: Handler = async (request): Promise<ApiResponse> => {
  const blocks = readBlockCounts(request.query);
  // Rendered in a worker thread (layout and workbook): the event loop stays free for other requests.
  const body = await heavyJobs.run({ kind: "renderTemplate", blocks, templateVersion: TEMPLATE_VERSION }).catch(refuseStoppedRender);
  return {
    status: 200,
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${templateFileName(TEMPLATE_VERSION, blocks)}"` },
  };
};
