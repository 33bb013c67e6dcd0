import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { buildSheetLayout } from "../../../shared/layout/buildSheetLayout";
import type { ApiResponse } from "../../http/apiResponse";
import { readBlockCounts } from "../../http/readBlockCounts";
import type { Handler } from "../../http/routeDefinition";
import { XLSX_TYPE } from "../../http/mediaTypes";

/** GET /api/template.xlsx — the blank template workbook rendered with ExcelJS from the shared layout. */
export const getTemplateXlsx: Handler = async (request): Promise<ApiResponse> => {
  const layout = buildSheetLayout({ blocks: readBlockCounts(request.query), templateVersion: TEMPLATE_VERSION });
  // ExcelJS is loaded on demand: it is heavy and only these routes need it.
  const { renderTemplateXlsx } = await import("../../xlsx/renderTemplateXlsx");
  const body = await renderTemplateXlsx(layout);
  return {
    status: 200,
    body,
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="description-organique-${TEMPLATE_VERSION}.xlsx"` },
  };
};
